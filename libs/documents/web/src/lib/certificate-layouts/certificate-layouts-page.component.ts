import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { startWith } from 'rxjs';

import {
  CERTIFICATE_FIELDS,
  type CertificateField,
  type CertificateFieldPosition,
  type CertificateLayoutResponse,
  type SaveCertificateLayoutRequest,
} from '@thidua/documents/contracts';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { snackClose } from '../labels';
import { CertificatePreviewComponent } from './certificate-preview.component';
import { CertificateLayoutsStore } from './certificate-layouts.store';

const integer = Validators.pattern(/^\d+$/);

type Align = CertificateFieldPosition['align'];

type FieldGroup = FormGroup<{
  x: FormControl<number>;
  y: FormControl<number>;
  width: FormControl<number>;
  fontSize: FormControl<number>;
  align: FormControl<Align>;
  bold: FormControl<boolean>;
  italic: FormControl<boolean>;
}>;

export function certificateFieldLabel(field: CertificateField): string {
  switch (field) {
    case 'title':
      return $localize`:@@clFieldTitle:Tiêu đề`;
    case 'name':
      return $localize`:@@clFieldName:Họ tên / tên tập thể`;
    case 'unit':
      return $localize`:@@clFieldUnit:Đơn vị`;
    case 'achievement':
      return $localize`:@@clFieldAchievement:Thành tích`;
    case 'decision':
      return $localize`:@@clFieldDecision:Quyết định`;
    case 'dateLine':
      return $localize`:@@clFieldDateLine:Địa danh, ngày tháng`;
    case 'signer':
      return $localize`:@@clFieldSigner:Người ký`;
  }
}

/** The layout as the form holds it; the store adds the version it was read at. */
type LayoutDraft = Omit<SaveCertificateLayoutRequest, 'version'>;

/** The admin's certificate layouts: field positions in mm for printing onto pre-printed blanks. */
@Component({
  selector: 'td-certificate-layouts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    CertificatePreviewComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './certificate-layouts-page.component.html',
  styleUrls: ['../documents-page.scss', './certificate-layouts-page.component.scss'],
})
export class CertificateLayoutsPageComponent {
  protected readonly store = inject(CertificateLayoutsStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly heading = $localize`:@@clTitle:Mẫu in bằng khen`;
  protected readonly subheading = $localize`:@@clSubtitle:Vị trí các dòng chữ (mm, tính từ góc trên bên trái) khi in lên phôi bằng khen.`;
  protected readonly fieldKeys = CERTIFICATE_FIELDS;
  protected readonly fieldLabel = certificateFieldLabel;
  protected readonly awardControl = new FormControl<string | null>(null);
  private readonly selectedAward = toSignal(this.awardControl.valueChanges, {
    initialValue: null,
  });
  protected readonly form = this.fb.group({
    orientation: this.fb.control<CertificateLayoutResponse['orientation']>('landscape'),
    fields: this.fb.group(
      Object.fromEntries(CERTIFICATE_FIELDS.map((key) => [key, this.fieldGroup()])) as Record<
        CertificateField,
        FieldGroup
      >,
    ),
  });
  private readonly formValue = toSignal(
    this.form.valueChanges.pipe(startWith(this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  /** The layout as being edited, for the live preview. */
  protected readonly preview = computed(() => {
    this.formValue();
    return this.form.getRawValue() as LayoutDraft;
  });
  protected readonly samples = computed((): Record<CertificateField, string> => {
    const award = this.store.awardTypes().find((type) => type.id === this.selectedAward());
    // The place and signer the certificates will print, from the organisation profile.
    const profile = this.store.profile();
    const place = profile?.place || '…';
    const signer = profile?.signers.filter((s) => s.documentKind === 'certificate').at(-1);
    return {
      title: (award?.name ?? $localize`:@@clSampleTitle:Bằng khen`).toUpperCase(),
      name: $localize`:@@clSampleName:Nguyễn Văn A`,
      unit: $localize`:@@clSampleUnit:Sở Tư pháp`,
      achievement: $localize`:@@clSampleAchievement:Có thành tích xuất sắc trong phong trào thi đua năm 2021`,
      decision: $localize`:@@clSampleDecision:Quyết định số 2150/QĐ-UBND ngày 05/10/2021`,
      dateLine: $localize`:@@clSampleDateLine:${place}:place:, ngày 05 tháng 10 năm 2021`,
      signer: signer?.name || $localize`:@@clSampleSigner:Họ và tên người ký`,
    };
  });

  constructor() {
    void this.store.loadAwardTypes();
  }

  protected hasAward(): boolean {
    return !!this.selectedAward();
  }

  protected async selectAward(): Promise<void> {
    const id = this.awardControl.value;
    if (!id) return;
    await this.store.selectAwardType(id);
    const layout = this.store.layout();
    if (layout)
      this.form.reset({ orientation: layout.orientation, fields: this.withFlags(layout) });
  }

  protected fieldControls(key: CertificateField): FieldGroup {
    return this.form.controls.fields.controls[key];
  }

  protected numberLabel(key: CertificateField, what: 'x' | 'y' | 'width' | 'fontSize'): string {
    const field = certificateFieldLabel(key);
    switch (what) {
      case 'x':
        return $localize`:@@clXFor:Cách lề trái (mm) – ${field}:field:`;
      case 'y':
        return $localize`:@@clYFor:Cách lề trên (mm) – ${field}:field:`;
      case 'width':
        return $localize`:@@clWidthFor:Chiều rộng (mm) – ${field}:field:`;
      case 'fontSize':
        return $localize`:@@clFontSizeFor:Cỡ chữ (pt) – ${field}:field:`;
    }
  }

  protected alignLabel(key: CertificateField): string {
    return $localize`:@@clAlignFor:Căn lề – ${certificateFieldLabel(key)}:field:`;
  }

  protected boldLabel(key: CertificateField): string {
    return $localize`:@@clBoldFor:Chữ đậm – ${certificateFieldLabel(key)}:field:`;
  }

  protected italicLabel(key: CertificateField): string {
    return $localize`:@@clItalicFor:Chữ nghiêng – ${certificateFieldLabel(key)}:field:`;
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.store.isSaving()) return;
    const error = await this.store.save(this.form.getRawValue() as LayoutDraft);
    this.snackBar.open(error ? error.message : $localize`:@@clSaved:Đã lưu mẫu in.`, snackClose(), {
      duration: 5000,
    });
  }

  private withFlags(layout: CertificateLayoutResponse) {
    return Object.fromEntries(
      CERTIFICATE_FIELDS.map((key) => {
        const field = layout.fields[key];
        return [key, { ...field, bold: !!field.bold, italic: !!field.italic }];
      }),
    ) as Record<CertificateField, Required<CertificateFieldPosition>>;
  }

  private fieldGroup(): FieldGroup {
    const mm = [Validators.required, Validators.min(0), Validators.max(297), integer];
    return this.fb.group({
      x: this.fb.control(0, mm),
      y: this.fb.control(0, mm),
      width: this.fb.control(100, [
        Validators.required,
        Validators.min(10),
        Validators.max(297),
        integer,
      ]),
      fontSize: this.fb.control(14, [
        Validators.required,
        Validators.min(6),
        Validators.max(72),
        integer,
      ]),
      align: this.fb.control<Align>('center'),
      bold: this.fb.control(false),
      italic: this.fb.control(false),
    });
  }
}
