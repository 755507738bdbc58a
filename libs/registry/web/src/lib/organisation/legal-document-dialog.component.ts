import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  DOCUMENT_KINDS,
  type DocumentKind,
  LEGAL_DOCUMENT_KINDS,
  type LegalDocumentKind,
  type LegalDocumentResponse,
} from '@thidua/registry/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { DATEPICKER, fromIsoDate, toIsoDate } from '@thidua/shared/ui';

import { documentKindLabel, legalKindLabel } from './organisation-form';
import { OrganisationStore } from './organisation.store';

/** Adds a legal document, or changes one (`data`). Closes with `true` when saved. */
@Component({
  selector: 'td-legal-document-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ...DATEPICKER,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@orgLegalDialogTitle">Văn bản làm căn cứ</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="dialog-content">
        @if (formError(); as message) {
          <p class="error-box" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label i18n="@@orgLegalCitation">Trích dẫn (sau "Căn cứ")</mat-label>
          <textarea matInput formControlName="citation" rows="3" maxlength="1000"></textarea>
          @if (serverError(form.controls.citation); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@orgRequired">Không được để trống.</mat-error>
          }
        </mat-form-field>
        <div class="grid-2">
          <mat-form-field>
            <mat-label i18n="@@orgLegalKind">Loại văn bản</mat-label>
            <mat-select formControlName="kind">
              @for (kind of legalKinds; track kind) {
                <mat-option [value]="kind">{{ legalKindLabel(kind) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n="@@orgLegalOrder">Thứ tự trích dẫn</mat-label>
            <input matInput type="number" formControlName="sortOrder" min="0" max="999" />
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n="@@orgLegalFrom">Có hiệu lực từ</mat-label>
            <input matInput [matDatepicker]="from" formControlName="inForceFrom" />
            <mat-datepicker-toggle matIconSuffix [for]="from" />
            <mat-datepicker #from />
            @if (serverError(form.controls.inForceFrom); as message) {
              <mat-error>{{ message }}</mat-error>
            } @else {
              <mat-error i18n="@@orgRequired">Không được để trống.</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n="@@orgLegalTo">Hết hiệu lực sau ngày (để trống nếu còn)</mat-label>
            <input matInput [matDatepicker]="to" formControlName="inForceTo" />
            <mat-datepicker-toggle matIconSuffix [for]="to" />
            <mat-datepicker #to />
            @if (serverError(form.controls.inForceTo); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label i18n="@@orgLegalCitedBy">Được trích dẫn trong</mat-label>
          <mat-select formControlName="citedBy" multiple>
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ kindLabel(kind) }}</mat-option>
            }
          </mat-select>
          @if (serverError(form.controls.citedBy); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else {
            <mat-error i18n="@@orgRequired">Không được để trống.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@dialogCancel">Hủy</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()" i18n="@@save">Lưu</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../registry-page.scss',
})
export class LegalDocumentDialogComponent {
  protected readonly document = inject<LegalDocumentResponse | null>(MAT_DIALOG_DATA);
  private readonly store = inject(OrganisationStore);
  private readonly dialogRef =
    inject<MatDialogRef<LegalDocumentDialogComponent, boolean>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly kinds = DOCUMENT_KINDS;
  protected readonly legalKinds = LEGAL_DOCUMENT_KINDS;
  protected readonly kindLabel = documentKindLabel;
  protected readonly legalKindLabel = legalKindLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    citation: [this.document?.citation ?? '', [Validators.required, Validators.maxLength(1000)]],
    kind: this.fb.control<LegalDocumentKind>(this.document?.kind ?? 'law'),
    sortOrder: [this.document?.sortOrder ?? 10, [Validators.min(0), Validators.max(999)]],
    inForceFrom: this.fb.control<Date | null>(
      this.document ? fromIsoDate(this.document.inForceFrom) : null,
      Validators.required,
    ),
    inForceTo: this.fb.control<Date | null>(
      this.document?.inForceTo ? fromIsoDate(this.document.inForceTo) : null,
    ),
    citedBy: this.fb.control<DocumentKind[]>(
      this.document?.citedBy ?? ['coverLetter', 'decision', 'minutes'],
      Validators.required,
    ),
  });

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const v = this.form.getRawValue();
    const error = await this.store.saveLegalDocument(
      {
        citation: v.citation.trim(),
        kind: v.kind,
        sortOrder: Number(v.sortOrder),
        inForceFrom: v.inForceFrom ? toIsoDate(v.inForceFrom) : '',
        inForceTo: v.inForceTo ? toIsoDate(v.inForceTo) : null,
        citedBy: v.citedBy,
      },
      this.document,
    );
    this.isSaving.set(false);
    if (!error) {
      this.dialogRef.close(true);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error);
    if (!error.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : error.message);
    }
  }
}
