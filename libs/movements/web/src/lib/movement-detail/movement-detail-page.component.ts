import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import type {
  ExemplaryModelResponse,
  MovementResponse,
  MovementTransition,
} from '@thidua/movements/contracts';
import { movementYears } from '@thidua/movements/domain';
import { blocPath, unitPath } from '@thidua/registry/web';
import { ATTACHMENT_PURPOSES, type AttachmentResponse } from '@thidua/shared/contracts';
import {
  CardTableDirective,
  EmptyStateComponent,
  FORM_HELPERS,
  openConfirmDialog,
  PageHeaderComponent,
} from '@thidua/shared/ui';
import { hasExtension } from '@thidua/shared/data-access';

import {
  fileSizeLabel,
  isoToDisplayDate,
  movementKindLabel,
  movementStatusLabel,
  numberVi,
  snackClose,
  timestampToDisplayDate,
  unitLabel,
} from '../labels';
import { formatTargetValue, parseNumberVi } from '../movement-form/movement-form';
import { MOVEMENTS_ACCESS } from '../movements-access';
import { MOVEMENTS_PATHS, movementEditPath } from '../movements.paths';
import { ActivityReportsSectionComponent } from './activity-reports-section.component';
import { ModelDialogComponent, type ModelDialogData } from './model-dialog.component';
import { MovementDetailStore } from './movement-detail.store';
import { reportableUnits, resultsFormValue } from './results-matrix';

type ResultGroup = FormGroup<{
  targetId: FormControl<string>;
  value: FormControl<string>;
  note: FormControl<string>;
}>;

function numberValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = parseNumberVi(control.value ?? '');
  return value !== null && Number.isNaN(value) ? { number: true } : null;
}

const DOCUMENT_EXTENSIONS = ['.pdf', '.docx'];

/** A movement: status and actions, information, targets and results, documents, models. */
@Component({
  selector: 'td-movement-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ActivityReportsSectionComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    FORM_HELPERS,
    CardTableDirective,
  ],
  templateUrl: './movement-detail-page.component.html',
  styleUrls: ['../movements-page.scss', './movement-detail-page.component.scss'],
})
export class MovementDetailPageComponent {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(MovementDetailStore);
  private readonly access = inject(MOVEMENTS_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  protected readonly paths = MOVEMENTS_PATHS;
  protected readonly date = isoToDisplayDate;
  protected readonly timestamp = timestampToDisplayDate;
  protected readonly number = numberVi;
  protected readonly fileSize = fileSizeLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly kindLabel = movementKindLabel;
  protected readonly statusLabel = movementStatusLabel;
  protected readonly blocPath = blocPath;
  protected readonly unitPath = unitPath;
  protected readonly editPath = movementEditPath;
  protected readonly heading = computed(
    () => this.store.movement()?.title ?? $localize`:@@mvDetailTitle:Phong trào thi đua`,
  );
  protected readonly subheading = computed(() => {
    const movement = this.store.movement();
    return movement ? `${movementKindLabel(movement.kind)} · ${movement.launchingAuthority}` : null;
  });
  protected readonly reportUnits = computed(() => {
    const movement = this.store.movement();
    const own = this.access.user()?.unit;
    return movement ? reportableUnits(movement, own ? [own] : []) : [];
  });
  /** The years a movement's units report for (a campaign may straddle two). */
  protected readonly activityYears = computed(() => {
    const movement = this.store.movement();
    return movement ? movementYears(movement.startDate, movement.endDate) : [];
  });
  protected readonly uploadError = signal<string | null>(null);
  protected readonly reportError = signal<string | null>(null);
  protected readonly reportUnit = new FormControl<string | null>(null, Validators.required);
  protected readonly reportForm = new FormArray<ResultGroup>([]);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const units = this.reportUnits();
      const movement = this.store.movement();
      untracked(() => {
        const current = this.reportUnit.value;
        const unitId = units.some((unit) => unit.id === current) ? current : (units[0]?.id ?? null);
        this.reportUnit.setValue(unitId, { emitEvent: false });
        if (movement && unitId) this.fillReport(movement, unitId);
      });
    });
  }

  protected downloadLabel(fileName: string): string {
    return $localize`:@@mvDownloadFile:Tải xuống ${fileName}:fileName:`;
  }

  protected removeModelLabel(name: string): string {
    return $localize`:@@mvModelRemove:Xóa mô hình ${name}:name:`;
  }

  protected transitionLabel(action: MovementTransition): string {
    switch (action) {
      case 'launch':
        return $localize`:@@mvLaunch:Phát động`;
      case 'end':
        return $localize`:@@mvEnd:Kết thúc`;
      case 'reopen':
        return $localize`:@@mvReopen:Mở lại`;
    }
  }

  protected runTransition(action: MovementTransition): void {
    const title = this.store.movement()?.title ?? '';
    const messages: Record<MovementTransition, { title: string; message: string }> = {
      launch: {
        title: $localize`:@@mvLaunchTitle:Phát động phong trào?`,
        message: $localize`:@@mvLaunchMessage:Phát động "${title}:title:". Các đơn vị tham gia sẽ báo cáo được kết quả.`,
      },
      end: {
        title: $localize`:@@mvEndTitle:Kết thúc phong trào?`,
        message: $localize`:@@mvEndMessage:Kết thúc "${title}:title:". Các đơn vị sẽ không báo cáo kết quả được nữa.`,
      },
      reopen: {
        title: $localize`:@@mvReopenTitle:Mở lại phong trào?`,
        message: $localize`:@@mvReopenMessage:Mở lại "${title}:title:" để các đơn vị tiếp tục báo cáo kết quả.`,
      },
    };
    openConfirmDialog(this.dialog, {
      ...messages[action],
      confirmLabel: this.transitionLabel(action),
    }).subscribe((confirmed) => {
      if (confirmed) void this.applyTransition(action);
    });
  }

  protected selectReportUnit(unitId: string): void {
    const movement = this.store.movement();
    if (movement) this.fillReport(movement, unitId);
  }

  protected async saveReport(): Promise<void> {
    const unitId = this.reportUnit.value;
    if (!unitId || this.reportForm.invalid || this.store.isSaving()) {
      this.reportForm.markAllAsTouched();
      return;
    }
    this.reportError.set(null);
    const error = await this.store.reportResults({
      unitId,
      results: this.reportForm.getRawValue().map((row) => {
        const value = parseNumberVi(row.value);
        return { targetId: row.targetId, value, note: row.note.trim() || null };
      }),
    });
    if (error) this.reportError.set(error.message);
    else this.notify($localize`:@@mvResultsSaved:Đã lưu kết quả.`);
  }

  protected async uploadDocument(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.uploadError.set(null);
    if (!hasExtension(file, DOCUMENT_EXTENSIONS)) {
      this.uploadError.set($localize`:@@mvUploadWrongType:Chỉ nhận tệp PDF hoặc DOCX.`);
      return;
    }
    if (file.size > ATTACHMENT_PURPOSES.document.maxBytes) {
      this.uploadError.set($localize`:@@mvUploadTooLarge:Tệp lớn hơn 10 MB.`);
      return;
    }
    const error = await this.store.uploadDocument(file);
    if (error) this.uploadError.set(error.message);
    else this.notify($localize`:@@mvDocumentUploaded:Đã tải lên tài liệu.`);
  }

  protected async download(attachment: AttachmentResponse): Promise<void> {
    const error = await this.store.download(attachment);
    if (error) this.notify(error.message);
  }

  protected addModel(): void {
    const data: ModelDialogData = {
      searchUnits: (q) => this.store.searchUnits(q),
      save: (request) => this.store.addModel(request),
    };
    this.dialog
      .open(ModelDialogComponent, {
        data,
        injector: this.injector,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@mvModelAdded:Đã thêm mô hình tiêu biểu.`);
      });
  }

  protected removeModel(model: ExemplaryModelResponse): void {
    openConfirmDialog(this.dialog, {
      title: $localize`:@@mvModelRemoveTitle:Xóa mô hình tiêu biểu?`,
      message: $localize`:@@mvModelRemoveMessage:Xóa "${model.name}:name:" khỏi phong trào.`,
      confirmLabel: $localize`:@@mvModelRemoveConfirm:Xóa`,
      isDestructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      void this.store.removeModel(model.id).then((error) => {
        this.notify(error?.message ?? $localize`:@@mvModelRemoved:Đã xóa mô hình tiêu biểu.`);
      });
    });
  }

  protected targetNumber(index: number): number {
    return index + 1;
  }

  protected targetValueText(value: number | null, measure: string | null): string {
    if (value === null) return '—';
    return measure ? `${numberVi(value)} ${measure}` : numberVi(value);
  }

  private async applyTransition(action: MovementTransition): Promise<void> {
    const error = await this.store.transition(action);
    if (error) {
      this.notify(error.message);
      return;
    }
    const done: Record<MovementTransition, string> = {
      launch: $localize`:@@mvLaunched:Đã phát động phong trào.`,
      end: $localize`:@@mvEnded:Đã kết thúc phong trào.`,
      reopen: $localize`:@@mvReopened:Đã mở lại phong trào.`,
    };
    this.notify(done[action]);
  }

  private fillReport(movement: MovementResponse, unitId: string): void {
    this.reportForm.clear({ emitEvent: false });
    for (const row of resultsFormValue(movement, unitId)) {
      this.reportForm.push(
        new FormGroup({
          targetId: new FormControl(row.targetId, { nonNullable: true }),
          value: new FormControl(formatTargetValue(row.value), {
            nonNullable: true,
            validators: [numberValidator],
          }),
          note: new FormControl(row.note, {
            nonNullable: true,
            validators: [Validators.maxLength(1000)],
          }),
        }),
        { emitEvent: false },
      );
    }
    this.reportError.set(null);
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 5000 });
  }
}
