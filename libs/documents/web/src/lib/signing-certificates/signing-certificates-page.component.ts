import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';

import type {
  SigningCertificateResponse,
  SigningCertificateStatus,
} from '@thidua/shared/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import {
  EmptyStateComponent,
  FilePickerComponent,
  PageHeaderComponent,
  openConfirmDialog,
} from '@thidua/shared/ui';
import { formatDateVi } from '@thidua/shared/util';

import { snackClose } from '../labels';
import { SigningCertificatesStore } from './signing-certificates.store';

export function signingStatusLabel(status: SigningCertificateStatus): string {
  switch (status) {
    case 'active':
      return $localize`:@@sgStatusActive:Đang dùng`;
    case 'replaced':
      return $localize`:@@sgStatusReplaced:Đã thay thế`;
    case 'removed':
      return $localize`:@@sgStatusRemoved:Đã gỡ bỏ`;
  }
}

/**
 * The admin's signing certificates: upload an issuing body's PKCS#12 with its password, body and
 * signer; see what each certificate says of itself; take one out of use.
 */
@Component({
  selector: 'td-signing-certificates-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    EmptyStateComponent,
    FilePickerComponent,
    PageHeaderComponent,
  ],
  templateUrl: './signing-certificates-page.component.html',
  styleUrls: ['../documents-page.scss', './signing-certificates-page.component.scss'],
})
export class SigningCertificatesPageComponent implements OnInit {
  protected readonly store = inject(SigningCertificatesStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);

  protected readonly heading = $localize`:@@sgTitle:Chữ ký số`;
  protected readonly subheading = $localize`:@@sgSubtitle:Chứng thư số của cơ quan ban hành để ký tờ trình, danh sách, biên bản và quyết định (bản PDF).`;
  protected readonly statusLabel = signingStatusLabel;
  protected readonly date = formatDateVi;
  protected readonly serverError = serverError;
  private readonly picker = viewChild(FilePickerComponent);
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    bodyCode: ['', [Validators.required, Validators.pattern(/^[A-Za-z0-9._-]{1,50}$/)]],
    bodyName: ['', [Validators.required, Validators.maxLength(300)]],
    signerName: ['', [Validators.required, Validators.maxLength(200)]],
    password: ['', [Validators.required, Validators.maxLength(200)]],
  });

  ngOnInit(): void {
    void this.store.load();
  }

  protected chooseFile(file: File | null): void {
    this.file.set(file);
    this.fileError.set(null);
  }

  protected async upload(): Promise<void> {
    this.formError.set(null);
    const file = this.file();
    if (!file) this.fileError.set($localize`:@@sgFileRequired:Chọn tệp chứng thư số (.p12, .pfx).`);
    if (this.form.invalid || !file) {
      this.form.markAllAsTouched();
      return;
    }
    const error = await this.store.upload(file, this.form.getRawValue());
    if (!error) {
      this.form.reset();
      this.file.set(null);
      this.picker()?.clear();
      this.notify($localize`:@@sgUploaded:Đã lưu chứng thư số.`);
      return;
    }
    // The password is never kept in the form once the server has read it.
    this.form.controls.password.reset();
    const unmatched = applyFieldErrors(this.form, error);
    const fileMessages = error.fieldErrors?.['file'];
    if (fileMessages?.length) this.fileError.set(fileMessages.join(' '));
    const rest = unmatched.filter((m) => !fileMessages?.includes(m));
    if (rest.length || !error.fieldErrors) this.formError.set(rest.join(' ') || error.message);
  }

  protected remove(certificate: SigningCertificateResponse): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@sgRemoveTitle:Gỡ bỏ chứng thư số?`,
      message: $localize`:@@sgRemoveMessage:Chứng thư số của ${certificate.bodyName}:body: sẽ không còn dùng để ký; khóa bí mật được xóa khỏi hệ thống. Các văn bản đã ký vẫn giữ nguyên chữ ký.`,
      confirmLabel: $localize`:@@sgRemoveConfirm:Gỡ bỏ`,
      isDestructive: true,
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      const error = await this.store.remove(certificate.id);
      this.notify(error ? error.message : $localize`:@@sgRemoved:Đã gỡ bỏ chứng thư số.`);
    });
  }

  protected isExpired(certificate: SigningCertificateResponse): boolean {
    return new Date(certificate.validTo).getTime() < Date.now();
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 5000 });
  }
}
