import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';

import { yearOrNull } from '@thidua/shared/util';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { BlocFormDialogComponent, BlocFormDialogData } from '../blocs/bloc-form-dialog.component';
import { blocKindLabel, isoToDisplayDate, snackClose, unitLabel } from '../labels';
import { REGISTRY_ACCESS } from '../registry-access';
import { REGISTRY_PATHS } from '../registry.paths';
import { selectableYears } from '../registry.status';
import { WorkingYear } from '../working-year';
import { BlocDetailStore } from './bloc-detail.store';
import { BlocMembersDialogComponent, BlocMembersDialogData } from './bloc-members-dialog.component';
import { type RotationReason, rotationReasonText } from './rotation-reasons';

/** A bloc in one year: members and rotation order, head and deputy, the proposal, history. */
@Component({
  selector: 'td-bloc-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './bloc-detail-page.component.html',
  styleUrls: ['../registry-page.scss', './bloc-detail-page.component.scss'],
})
export class BlocDetailPageComponent {
  /** Route parameter `:id`. */
  readonly id = input.required<string>();
  /** Query parameter `?year=`; the current year when absent. */
  readonly year = input<string | undefined>();

  protected readonly store = inject(BlocDetailStore);
  private readonly access = inject(REGISTRY_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly workingYear = inject(WorkingYear);

  protected readonly paths = REGISTRY_PATHS;
  protected readonly unitLabel = unitLabel;
  protected readonly date = isoToDisplayDate;
  protected readonly selectedYear = computed(() => this.workingYear.or(yearOrNull(this.year())));
  protected readonly years = computed(() => {
    const years = selectableYears();
    const selected = this.selectedYear();
    return years.includes(selected) ? years : [selected, ...years].sort((a, b) => b - a);
  });
  protected readonly memberColumns = ['order', 'unit', 'joinedOn', 'leftOn', 'role'];
  protected readonly historyColumns = ['year', 'memberCount', 'head', 'deputy'];
  protected readonly yearControl = new FormControl(0, { nonNullable: true });
  protected readonly headControl = new FormControl<string | null>(null);
  protected readonly deputyControl = new FormControl<string | null>(null);
  protected readonly heading = computed(
    () => this.store.bloc()?.name ?? $localize`:@@blocDetailTitle:Khối, cụm thi đua`,
  );
  protected readonly subheading = computed(() => {
    const bloc = this.store.bloc();
    if (!bloc) return null;
    return [blocKindLabel(bloc.kind), bloc.managingAuthority].filter(Boolean).join(' · ');
  });

  constructor() {
    effect(() => {
      const id = this.id();
      const year = this.selectedYear();
      untracked(() => {
        this.yearControl.setValue(year, { emitEvent: false });
        void this.store.load(id, year);
      });
    });
    effect(() => {
      const data = this.store.yearData();
      untracked(() => {
        this.headControl.setValue(data?.head?.id ?? null);
        this.deputyControl.setValue(data?.deputy?.id ?? null);
      });
    });
  }

  protected selectYear(year: number): void {
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }

  protected canEditBloc(): boolean {
    return !!this.store.bloc()?.canManage;
  }

  protected reasonText(reason: RotationReason): string {
    const proposal = this.store.proposal();
    return proposal ? rotationReasonText(reason, proposal) : '';
  }

  protected roleOf(unitId: string): 'head' | 'deputy' | null {
    const data = this.store.yearData();
    if (data?.head?.id === unitId) return 'head';
    if (data?.deputy?.id === unitId) return 'deputy';
    return null;
  }

  protected editBloc(): void {
    const bloc = this.store.bloc();
    if (!bloc) return;
    const data: BlocFormDialogData = {
      bloc,
      canEditNameAndKind: this.access.can('registry.manage'),
      save: (request) => this.store.updateBloc(request),
    };
    this.dialog
      .open(BlocFormDialogComponent, {
        data,
        injector: this.injector,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@registrySaved:Đã lưu.`);
      });
  }

  protected editMembers(): void {
    const year = this.store.year();
    if (year === null) return;
    const data: BlocMembersDialogData = {
      year,
      members: this.store.members(),
      searchCandidates: (q) => this.store.searchCandidates(q),
      save: (unitIds, effectiveDate) => this.store.saveMembers(unitIds, effectiveDate),
    };
    this.dialog
      .open(BlocMembersDialogComponent, {
        data,
        injector: this.injector,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@membersSaved:Đã lưu danh sách thành viên.`);
      });
  }

  protected async copyPrevious(): Promise<void> {
    const error = await this.store.copyPrevious();
    this.notify(error?.message ?? $localize`:@@membersCopied:Đã sao chép thành viên năm trước.`);
  }

  protected async saveLeadership(): Promise<void> {
    const head = this.headControl.value;
    const deputy = this.deputyControl.value;
    if (!head) {
      this.headControl.setErrors({ required: true });
      this.headControl.markAsTouched();
      return;
    }
    if (deputy && deputy === head) {
      this.deputyControl.setErrors({ sameAsHead: true });
      this.deputyControl.markAsTouched();
      return;
    }
    const error = await this.store.saveLeadership(head, deputy || null);
    this.notify(error?.message ?? $localize`:@@leadershipSaved:Đã lưu Trưởng khối, Phó khối.`);
  }

  protected async acceptProposal(): Promise<void> {
    const error = await this.store.acceptProposal();
    this.notify(error?.message ?? $localize`:@@proposalAccepted:Đã áp dụng đề xuất luân phiên.`);
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 6000 });
  }
}
