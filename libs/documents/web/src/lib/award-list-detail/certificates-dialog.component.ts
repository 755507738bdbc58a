import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';

import type { CertificatePrintLayout } from '../award-lists.api';

export interface CertificatesDialogData {
  awards: Array<{ id: string; name: string }>;
}

export interface CertificatesChoice {
  layout: CertificatePrintLayout;
  awardTypeId: string | null;
}

/** Chooses how to print the certificates (full design or onto blanks) and for which award. */
@Component({
  selector: 'td-certificates-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatRadioModule,
    MatSelectModule,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@alCertificatesTitle">In bằng khen</h2>
    <form [formGroup]="form" novalidate>
      <mat-dialog-content class="dialog-content">
        <span id="al-cert-layout" i18n="@@alCertificatesLayout">Mẫu in</span>
        <mat-radio-group
          formControlName="layout"
          aria-labelledby="al-cert-layout"
          class="check-list"
        >
          <mat-radio-button value="design" i18n="@@alCertificatesDesign"
            >Mẫu đầy đủ</mat-radio-button
          >
          <mat-radio-button value="blank" i18n="@@alCertificatesBlank"
            >In lên phôi</mat-radio-button
          >
        </mat-radio-group>
        <mat-form-field>
          <mat-label i18n="@@alCertificatesAward">Hình thức khen thưởng</mat-label>
          <mat-select formControlName="awardTypeId">
            <mat-option [value]="null" i18n="@@alFilterAll">Tất cả</mat-option>
            @for (award of data.awards; track award.id) {
              <mat-option [value]="award.id">{{ award.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@alCancel">Hủy</button>
        <button
          mat-flat-button
          type="button"
          [mat-dialog-close]="form.getRawValue()"
          i18n="@@alCertificatesDownload"
        >
          Tải bằng khen (PDF)
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../documents-page.scss',
})
export class CertificatesDialogComponent {
  protected readonly data = inject<CertificatesDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    layout: this.fb.control<CertificatePrintLayout>('design'),
    awardTypeId: this.fb.control<string | null>(null),
  });
}
