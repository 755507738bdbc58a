import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  BLOC_KINDS,
  type BlocKind,
  type BlocResponse,
  type CreateBlocRequest,
  REGISTRY_ERROR_CODES,
} from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { blocKindLabel } from '../labels';

export interface BlocFormDialogData {
  /** The bloc to edit; absent to create one. */
  bloc?: BlocResponse;
  /** Name and kind are for admins only; a secretariat edits the rest. */
  canEditNameAndKind: boolean;
  save(request: Partial<CreateBlocRequest>): Promise<ApiError | null>;
}

/** Creates a bloc (khối) or cluster (cụm), or edits one. Closes with `true` when saved. */
@Component({
  selector: 'td-bloc-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FORM_HELPERS,
  ],
  templateUrl: './bloc-form-dialog.component.html',
  styleUrl: '../registry-page.scss',
})
export class BlocFormDialogComponent {
  protected readonly data = inject<BlocFormDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<BlocFormDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly bloc = this.data.bloc ?? null;

  protected readonly kinds = BLOC_KINDS;
  protected readonly kindLabel = blocKindLabel;
  protected readonly serverError = serverError;
  protected readonly isEdit = !!this.bloc;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    name: this.fb.control(
      { value: this.bloc?.name ?? '', disabled: !this.data.canEditNameAndKind },
      [Validators.required, Validators.maxLength(300)],
    ),
    kind: this.fb.control<BlocKind>(
      { value: this.bloc?.kind ?? 'khoi', disabled: !this.data.canEditNameAndKind },
      [Validators.required],
    ),
    description: [this.bloc?.description ?? '', [Validators.maxLength(2000)]],
    managingAuthority: [this.bloc?.managingAuthority ?? '', [Validators.maxLength(255)]],
    headCooldownYears: new FormControl<number | null>(this.bloc?.headCooldownYears ?? null, [
      Validators.min(0),
      Validators.max(50),
      Validators.pattern(/^\d+$/),
    ]),
  });

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const value = this.form.getRawValue();
    const cooldown = value.headCooldownYears;
    const request: Partial<CreateBlocRequest> = {
      description: value.description.trim() || null,
      managingAuthority: value.managingAuthority.trim() || null,
      headCooldownYears:
        cooldown === null || (cooldown as unknown) === '' ? null : Number(cooldown),
    };
    if (this.data.canEditNameAndKind) {
      request.name = value.name.trim();
      request.kind = value.kind;
    }
    const error = await this.data.save(request);
    this.isSaving.set(false);
    if (!error) {
      this.dialogRef.close(true);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error);
    if (!error.fieldErrors && error.code === REGISTRY_ERROR_CODES.nameTaken) {
      this.form.controls.name.setErrors({ server: error.message });
      this.form.controls.name.markAsTouched();
      return;
    }
    if (!error.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : error.message);
    }
  }
}
