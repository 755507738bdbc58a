import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type { ClearanceKind } from '@thidua/awards/contracts';
import { isApiError } from '@thidua/shared/data-access';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { PageHeaderComponent } from '@thidua/shared/ui';

import { ClearanceApi, type ClearanceChoice } from './clearance.api';
import { CLEARANCE_PATHS, clearanceKindLabel } from './clearance-labels';
import { ClearanceStore } from './clearance.store';

/** The board opens a request: the award list asked about, the offices, the due date. */
@Component({
  selector: 'td-clearance-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageHeaderComponent,
  ],
  templateUrl: './clearance-form-page.component.html',
  styleUrl: './clearance.scss',
})
export class ClearanceFormPageComponent {
  readonly kind = input.required<ClearanceKind>();

  private readonly api = inject(ClearanceApi);
  private readonly store = inject(ClearanceStore);
  private readonly router = inject(Router);
  protected readonly heading = computed(() => clearanceKindLabel(this.kind()));
  protected readonly base = computed(() => CLEARANCE_PATHS[this.kind()]);
  protected readonly lists = signal<ClearanceChoice[]>([]);
  protected readonly offices = signal<ClearanceChoice[]>([]);
  protected readonly messages = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly serverError = serverError;

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    year: new FormControl(new Date().getFullYear(), { nonNullable: true }),
    awardListId: new FormControl<string | null>(null, [Validators.required]),
    officeIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [Validators.required],
    }),
    dueDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    void this.loadChoices();
    this.form.controls.year.valueChanges.subscribe(() => void this.loadLists());
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const v = this.form.getRawValue();
    const result = await this.store.create(this.kind(), { ...v, note: v.note || null });
    this.saving.set(false);
    if (isApiError(result)) {
      const left = applyFieldErrors(this.form, result);
      this.messages.set(left.length ? left : result.fieldErrors ? [] : [result.message]);
      return;
    }
    await this.router.navigate([this.base(), result.id]);
  }

  private async loadChoices(): Promise<void> {
    const units = await firstValueFrom(this.api.offices(''));
    this.offices.set(units.items.map((u) => ({ id: u.id, name: u.name, detail: u.code })));
    await this.loadLists();
  }

  private async loadLists(): Promise<void> {
    const lists = await firstValueFrom(this.api.awardLists(this.form.controls.year.value));
    this.lists.set(lists.map((l) => ({ id: l.id, name: l.title })));
  }
}
