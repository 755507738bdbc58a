import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';

import { AuthStore } from '@thidua/auth/web';
import { activityReportStateLabel } from '@thidua/movements/web';
import { WorkingYear } from '@thidua/registry/web';
import type { ReportFormat } from '@thidua/reports/contracts';
import { saveDownload } from '@thidua/shared/data-access';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';
import { yearOrNull, yearsSince } from '@thidua/shared/util';

import { dateVi, groupLabel, numberVi, percentVi } from '../labels';
import { blocChoices, defaultReportYear, looksAtEveryBloc } from '../report-scope';
import { OutOfScopeComponent } from '../ui/out-of-scope.component';
import { ScopeFiltersComponent } from '../ui/scope-filters.component';
import { REPORTS_PATHS, unitRecordPath } from '../reports.paths';
import { type ReportKind, type ReportSelection, ReportsPageStore } from './reports-page.store';

const KINDS: ReportKind[] = [
  'awards-award',
  'awards-bloc',
  'awards-unit',
  'participation',
  'targets',
];

/** Reports on screen and for printing: awards by award, bloc or unit; a movement's figures; exports. */
@Component({
  selector: 'td-reports-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    EmptyStateComponent,
    PageHeaderComponent,
    ScopeFiltersComponent,
    OutOfScopeComponent,
    CardTableDirective,
  ],
  templateUrl: './reports-page.component.html',
  styleUrl: '../reports-page.scss',
})
export class ReportsPageComponent {
  /** `?kind=&year=&blocId=&movementId=` from the address. */
  readonly kind = input<string>();
  readonly year = input<string>();
  readonly blocId = input<string>();
  readonly movementId = input<string>();

  protected readonly store = inject(ReportsPageStore);
  private readonly auth = inject(AuthStore);
  private readonly workingYear = inject(WorkingYear);
  private readonly router = inject(Router);

  protected readonly paths = REPORTS_PATHS;
  protected readonly unitPath = unitRecordPath;
  protected readonly number = numberVi;
  protected readonly percent = percentVi;
  protected readonly date = dateVi;
  protected readonly stateLabel = activityReportStateLabel;
  protected readonly groupLabel = groupLabel;
  protected readonly kinds = KINDS;
  protected readonly years = yearsSince(2015);
  protected readonly heading = $localize`:@@rpReportsTitle:Báo cáo thi đua, khen thưởng`;
  protected readonly subheading = $localize`:@@rpReportsSubtitle:Chọn báo cáo, năm và khối; xuất Excel hoặc PDF theo thể thức Nghị định 30/2020/NĐ-CP.`;

  protected readonly isBoard = computed(() => looksAtEveryBloc(this.auth.user()));
  protected readonly selection = computed<ReportSelection>(() => ({
    kind: KINDS.includes(this.kind() as ReportKind) ? (this.kind() as ReportKind) : 'awards-award',
    year:
      yearOrNull(this.year() ?? null) ??
      defaultReportYear(this.auth.user(), this.workingYear.year()),
    blocId: this.blocId() || undefined,
    movementId: this.movementId() || undefined,
  }));
  protected readonly isMovementReport = computed(() => {
    const kind = this.selection().kind;
    return kind === 'participation' || kind === 'targets';
  });
  protected readonly blocOptions = computed(() =>
    blocChoices(this.auth.user(), this.selection().year, this.store.blocs()),
  );
  /** A secretariat's year in which its unit serves no bloc: nothing to ask the API for. */
  protected readonly isOutOfScope = computed(() => !this.isBoard() && !this.blocOptions().length);
  protected readonly needsChoice = computed(() => {
    const s = this.selection();
    if (this.isMovementReport()) return !s.movementId;
    return s.kind === 'awards-unit' && !s.blocId;
  });

  constructor() {
    effect(() => {
      const selection = this.selection();
      const isOutOfScope = this.isOutOfScope();
      untracked(() => (isOutOfScope ? this.store.clear() : void this.store.load(selection)));
    });
    effect(() => {
      const year = this.selection().year;
      untracked(() => void this.store.loadOptions(year, this.isBoard()));
    });
  }

  protected kindLabel(kind: ReportKind): string {
    switch (kind) {
      case 'participation':
        return $localize`:@@rpKindParticipation:Kết quả tham gia phong trào`;
      case 'targets':
        return $localize`:@@rpKindTargets:Chỉ tiêu đăng ký và kết quả thực hiện`;
      default:
        return $localize`:@@rpKindAwards:Khen thưởng theo ${groupLabel(kind === 'awards-bloc' ? 'bloc' : kind === 'awards-unit' ? 'unit' : 'award').toLowerCase()}:group:`;
    }
  }

  protected choose(
    change: Partial<Record<'kind' | 'year' | 'blocId' | 'movementId', string | number>>,
  ): void {
    const s = this.selection();
    const next = {
      kind: s.kind,
      year: s.year,
      blocId: s.blocId ?? '',
      movementId: s.movementId ?? '',
      ...change,
    };
    if (change.year !== undefined) next.movementId = '';
    void this.router.navigate([], {
      queryParams: {
        kind: next.kind,
        year: next.year,
        blocId: next.blocId || null,
        movementId: next.movementId || null,
      },
    });
  }

  protected async download(format: ReportFormat): Promise<void> {
    const response = await this.store.export(this.selection(), format);
    if (response) saveDownload(response, `Báo cáo.${format}`);
  }
}
