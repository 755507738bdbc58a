import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import type { UnitSummary } from '@thidua/auth/contracts';
import type { UnitListItemResponse } from '@thidua/registry/contracts';
import {
  API_KEY_DEFAULT_RATE_LIMIT,
  API_KEY_MAX_RATE_LIMIT,
  API_KEY_NAME_MAX,
  API_KEY_SCOPES,
  API_KEY_WRITE_SCOPES,
  type ApiKeyScope,
  type CreatedApiKeyResponse,
} from '@thidua/shared/contracts';
import {
  applyFieldErrors,
  chosenOrEmpty,
  isChosen,
  searchAsYouType,
  serverError,
} from '@thidua/shared/data-access';
import { FORM_HELPERS } from '@thidua/shared/ui';

import { apiKeyScopeLabel } from './api-key-labels';
import { ApiKeysStore } from './api-keys.store';

type UnitValue = UnitSummary | string | null;

/** `YYYY-MM-DD` a year from today, the expiry the form suggests. */
function inAYear(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Creates a key, then shows it once with a copy button: the server keeps only its hash. Closes
 * with `true` when a key was made.
 */
@Component({
  selector: 'td-api-key-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    FORM_HELPERS,
  ],
  templateUrl: './api-key-form-dialog.component.html',
  styleUrl: './api-key-form-dialog.component.scss',
})
export class ApiKeyFormDialogComponent {
  private readonly store = inject(ApiKeysStore);
  private readonly dialogRef =
    inject<MatDialogRef<ApiKeyFormDialogComponent, boolean>>(MatDialogRef);
  private readonly clipboard = inject(Clipboard);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly scopes = API_KEY_SCOPES;
  protected readonly scopeLabel = apiKeyScopeLabel;
  protected readonly serverError = serverError;
  protected readonly nameMax = API_KEY_NAME_MAX;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly created = signal<CreatedApiKeyResponse | null>(null);
  protected readonly isCopied = signal(false);

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(API_KEY_NAME_MAX)]],
    scopes: this.fb.control<ApiKeyScope[]>(['registry:read'], [Validators.required]),
    unit: new FormControl<UnitValue>(null, [chosenOrEmpty]),
    expiresOn: [inAYear(), [Validators.required]],
    rateLimitPerMinute: [
      API_KEY_DEFAULT_RATE_LIMIT,
      [Validators.required, Validators.min(1), Validators.max(API_KEY_MAX_RATE_LIMIT)],
    ],
  });

  protected readonly unitOptions = toSignal(
    searchAsYouType(this.form.controls.unit, (q) => this.store.searchUnits(q)),
    { initialValue: [] as UnitListItemResponse[] },
  );

  protected hasScope(scope: ApiKeyScope): boolean {
    return this.form.controls.scopes.value.includes(scope);
  }

  protected toggleScope(scope: ApiKeyScope, isChecked: boolean): void {
    const rest = this.form.controls.scopes.value.filter((s) => s !== scope);
    this.form.controls.scopes.setValue(isChecked ? [...rest, scope] : rest);
    this.form.controls.scopes.markAsTouched();
  }

  protected writes(): boolean {
    return this.form.controls.scopes.value.some((s) => API_KEY_WRITE_SCOPES.includes(s));
  }

  protected displayUnit(value: UnitValue): string {
    if (!isChosen(value)) return value ?? '';
    return value.shortName ? `${value.name} (${value.shortName})` : value.name;
  }

  protected toUnitSummary(unit: UnitListItemResponse): UnitSummary {
    return { id: unit.id, name: unit.name, shortName: unit.shortName };
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const value = this.form.getRawValue();
    const result = await this.store.create({
      name: value.name.trim(),
      scopes: value.scopes,
      unitId: isChosen(value.unit) ? value.unit.id : null,
      // The end of the chosen day, in the browser's time zone.
      expiresAt: new Date(`${value.expiresOn}T23:59:59`).toISOString(),
      rateLimitPerMinute: value.rateLimitPerMinute,
    });
    this.isSaving.set(false);
    if ('key' in result) {
      this.created.set(result);
      return;
    }
    const unmatched = applyFieldErrors(this.form, result, {
      unitId: 'unit',
      expiresAt: 'expiresOn',
    });
    if (!result.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : result.message);
    }
  }

  protected copy(key: string): void {
    this.isCopied.set(this.clipboard.copy(key));
  }

  protected close(): void {
    this.dialogRef.close(this.created() !== null);
  }
}
