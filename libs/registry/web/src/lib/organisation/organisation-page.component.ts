import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  effect,
  inject,
  signal,
} from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';

import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type LegalDocumentResponse,
  type OrganisationProfile,
  type ProfileWarning,
  SIGNING_CAPACITIES,
  type SigningCapacity,
} from '@thidua/registry/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import {
  DATEPICKER,
  EmptyStateComponent,
  PageHeaderComponent,
  openConfirmDialog,
} from '@thidua/shared/ui';

import { snackClose } from '../labels';
import { LegalDocumentDialogComponent } from './legal-document-dialog.component';
import {
  capacityLabel,
  documentKindLabel,
  formValueToProfile,
  legalKindLabel,
  profileToFormValue,
} from './organisation-form';
import { OrganisationStore } from './organisation.store';

/**
 * Admin page: the organisation every paper is headed, dated and signed for — names, place,
 * issuing bodies, signers by date, recipients — with what it still lacks; and the legal bases.
 */
@Component({
  selector: 'td-organisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ...DATEPICKER,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  templateUrl: './organisation-page.component.html',
  styleUrl: './organisation-page.component.scss',
})
export class OrganisationPageComponent {
  protected readonly store = inject(OrganisationStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  protected readonly heading = $localize`:@@orgTitle:Hồ sơ cơ quan`;
  protected readonly subheading = $localize`:@@orgSubtitle:Tên, địa danh, cơ quan ban hành, người ký và nơi nhận in trên mọi văn bản; căn cứ pháp lý theo ngày.`;
  protected readonly kinds = DOCUMENT_KINDS;
  protected readonly capacities = SIGNING_CAPACITIES;
  protected readonly kindLabel = documentKindLabel;
  protected readonly capacityLabel = capacityLabel;
  protected readonly legalKindLabel = legalKindLabel;
  protected readonly serverError = serverError;
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);

  protected readonly form = this.fb.group({
    fullName: ['', [Validators.required, Validators.maxLength(255)]],
    shortName: ['', [Validators.required, Validators.maxLength(120)]],
    headerLines: ['', Validators.required],
    areaName: ['', [Validators.required, Validators.maxLength(120)]],
    place: ['', [Validators.required, Validators.maxLength(100)]],
    issuingBodies: this.fb.array<ReturnType<OrganisationPageComponent['bodyGroup']>>([]),
    signers: this.fb.array<ReturnType<OrganisationPageComponent['signerGroup']>>([]),
    recipients: this.fb.array<ReturnType<OrganisationPageComponent['recipientsGroup']>>([]),
  });

  constructor() {
    void this.store.load();
    effect(() => {
      const profile = this.store.profile();
      if (profile) this.reset(profile);
    });
  }

  protected get bodies() {
    return this.form.controls.issuingBodies;
  }

  protected get signers() {
    return this.form.controls.signers;
  }

  protected get recipients() {
    return this.form.controls.recipients;
  }

  protected bodyCodes(): string[] {
    return this.bodies.controls.map((c) => c.controls.code.value).filter(Boolean);
  }

  protected warningText(warning: ProfileWarning): string {
    const kind = warning.documentKind ? documentKindLabel(warning.documentKind) : '';
    switch (warning.code) {
      case 'organisation.profileMissing':
        return $localize`:@@orgWarnProfile:Chưa có hồ sơ cơ quan: văn bản in chỗ trống thay cho tên cơ quan, địa danh và người ký.`;
      case 'organisation.signerMissing':
        return $localize`:@@orgWarnSigner:Chưa có người ký cho loại văn bản "${kind}:kind:": văn bản in chỗ trống ở khối chữ ký.`;
      case 'organisation.recipientsMissing':
        return $localize`:@@orgWarnRecipients:Chưa có nơi gửi (Kính gửi) cho loại văn bản "${kind}:kind:".`;
    }
  }

  protected addBody(): void {
    this.bodies.push(this.bodyGroup());
  }

  protected addSigner(): void {
    this.signers.push(this.signerGroup());
  }

  protected addRecipients(): void {
    this.recipients.push(this.recipientsGroup());
  }

  protected removeAt(list: FormArray, index: number): void {
    list.removeAt(index);
    list.markAsDirty();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.formError.set(null);
    const error = await this.store.save(formValueToProfile(this.form.getRawValue()));
    this.isSaving.set(false);
    if (!error) {
      this.notify($localize`:@@registrySaved:Đã lưu.`);
      return;
    }
    const unmatched = applyFieldErrors(this.form, error);
    if (!error.fieldErrors || unmatched.length) {
      this.formError.set(unmatched.length ? unmatched.join(' ') : error.message);
    }
  }

  protected editLegalDocument(document: LegalDocumentResponse | null): void {
    this.dialog
      .open(LegalDocumentDialogComponent, {
        data: document,
        injector: this.injector,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@registrySaved:Đã lưu.`);
      });
  }

  protected removeLegalDocument(document: LegalDocumentResponse): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@orgLegalRemoveTitle:Xóa văn bản pháp luật?`,
      message: document.citation,
      confirmLabel: $localize`:@@orgLegalRemove:Xóa`,
      isDestructive: true,
    }).subscribe(async (confirmed) => {
      if (!confirmed) return;
      const error = await this.store.removeLegalDocument(document);
      this.notify(error ? error.message : $localize`:@@orgLegalRemoved:Đã xóa.`);
    });
  }

  protected citedByText(kinds: readonly DocumentKind[]): string {
    return kinds.map(documentKindLabel).join(', ');
  }

  private reset(profile: OrganisationProfile): void {
    const value = profileToFormValue(profile);
    this.bodies.clear();
    value.issuingBodies.forEach(() => this.bodies.push(this.bodyGroup()));
    this.signers.clear();
    value.signers.forEach(() => this.signers.push(this.signerGroup()));
    this.recipients.clear();
    value.recipients.forEach(() => this.recipients.push(this.recipientsGroup()));
    this.form.reset(value);
  }

  private bodyGroup() {
    return this.fb.group({
      code: ['', [Validators.required, Validators.pattern(/^[a-z0-9][a-z0-9-]{0,39}$/)]],
      name: ['', [Validators.required, Validators.maxLength(255)]],
      parentLines: [''],
      ownLines: ['', Validators.required],
      numberSymbol: ['', [Validators.required, Validators.maxLength(20)]],
    });
  }

  private signerGroup() {
    return this.fb.group({
      documentKind: this.fb.control<DocumentKind>('coverLetter'),
      issuingBodyCode: ['', Validators.required],
      validFrom: this.fb.control<Date | null>(null, Validators.required),
      capacity: this.fb.control<SigningCapacity>(''),
      authority: ['', Validators.maxLength(120)],
      title: ['', Validators.maxLength(120)],
      name: ['', [Validators.required, Validators.maxLength(120)]],
    });
  }

  private recipientsGroup() {
    return this.fb.group({
      documentKind: this.fb.control<DocumentKind>('coverLetter'),
      addressees: [''],
      recipients: [''],
    });
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 4000 });
  }
}
