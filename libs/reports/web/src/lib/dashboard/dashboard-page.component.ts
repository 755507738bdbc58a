import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { AuthStore } from '@thidua/auth/web';
import { beneficiaryKindLabel, nominationStatusLabel } from '@thidua/awards/web';
import { WorkingYear } from '@thidua/registry/web';
import type { KindCounts } from '@thidua/reports/contracts';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';
import { yearOrNull, yearsSince } from '@thidua/shared/util';

import { numberVi, percentVi } from '../labels';
import { blocChoices, defaultReportYear, looksAtEveryBloc } from '../report-scope';
import { REPORTS_PATHS } from '../reports.paths';
import { type ChartSeries, ChartComponent } from '../ui/chart.component';
import { KindCountsTableComponent } from '../ui/kind-counts-table.component';
import { OutOfScopeComponent } from '../ui/out-of-scope.component';
import { ScopeFiltersComponent } from '../ui/scope-filters.component';
import { DashboardStore } from './dashboard.store';

const KINDS = ['collective', 'individual', 'household'] as const;

/**
 * The year at a glance: the board sees every bloc (or picks one), a secretariat its own bloc.
 * Charts for what people would rather look at, each with its numbers in a table.
 */
@Component({
  selector: 'td-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    ChartComponent,
    KindCountsTableComponent,
    OutOfScopeComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    ScopeFiltersComponent,
    CardTableDirective,
  ],
  templateUrl: './dashboard-page.component.html',
  styleUrl: '../reports-page.scss',
})
export class DashboardPageComponent {
  /** `?year=` and `?blocId=` from the address. */
  readonly year = input<string>();
  readonly blocId = input<string>();

  protected readonly store = inject(DashboardStore);
  private readonly auth = inject(AuthStore);
  private readonly workingYear = inject(WorkingYear);
  private readonly router = inject(Router);

  protected readonly paths = REPORTS_PATHS;
  protected readonly number = numberVi;
  protected readonly percent = percentVi;
  protected readonly statusLabel = nominationStatusLabel;
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly kinds = KINDS;
  protected readonly years = yearsSince(2015);
  protected readonly heading = $localize`:@@rpDashboardTitle:Tổng hợp thi đua, khen thưởng`;
  protected readonly subheading = $localize`:@@rpDashboardSubtitle:Một năm nhìn lại: đơn vị, giao ước, đề nghị, bỏ phiếu, khen thưởng và kết quả phong trào.`;

  protected readonly selectedYear = computed(
    () =>
      yearOrNull(this.year() ?? null) ??
      defaultReportYear(this.auth.user(), this.workingYear.year()),
  );
  protected readonly isBoard = computed(() => looksAtEveryBloc(this.auth.user()));
  protected readonly blocOptions = computed(() =>
    blocChoices(this.auth.user(), this.selectedYear(), this.store.blocs()),
  );
  /** A secretariat's year in which its unit serves no bloc: nothing to ask the API for. */
  protected readonly isOutOfScope = computed(() => !this.isBoard() && !this.blocOptions().length);
  protected readonly selectedBloc = computed(
    () => this.blocId() || this.store.dashboard()?.bloc?.id || '',
  );

  protected readonly byType = computed(() => this.store.dashboard()?.awards.byType ?? []);
  protected readonly byYear = computed(() => this.store.dashboard()?.awards.byYear ?? []);
  protected readonly byBloc = computed(() => this.store.dashboard()?.blocs ?? []);
  protected readonly typeSeries = computed(() => this.kindSeries(this.byType()));
  protected readonly yearSeries = computed(() => this.kindSeries(this.byYear()));
  protected readonly blocSeries = computed(() =>
    this.kindSeries(this.byBloc().map((b) => b.awards)),
  );
  protected readonly typeLabels = computed(() => this.byType().map((t) => t.name));
  protected readonly yearLabels = computed(() => this.byYear().map((y) => String(y.year)));
  protected readonly blocLabels = computed(() => this.byBloc().map((b) => b.bloc.name));
  protected readonly typeRows = computed(() =>
    this.byType().map((t) => ({ key: t.awardTypeId, label: t.name, counts: t })),
  );
  protected readonly yearRows = computed(() =>
    this.byYear().map((y) => ({ key: String(y.year), label: String(y.year), counts: y })),
  );
  protected readonly byTypeCaption = $localize`:@@rpByTypeCaption:Số khen thưởng theo hình thức và đối tượng`;
  protected readonly byYearCaption = $localize`:@@rpByYearCaption:Số khen thưởng qua các năm`;
  protected readonly awardHeading = $localize`:@@rpGroupAward:Danh hiệu, hình thức`;
  protected readonly yearHeading = $localize`:@@year:Năm`;
  protected readonly nominationTotal = computed(() =>
    (this.store.dashboard()?.nominations ?? []).reduce((s, n) => s + n.count, 0),
  );

  protected readonly typeChartLabel = $localize`:@@rpChartByType:Biểu đồ cột: số khen thưởng theo hình thức và đối tượng (số liệu ở bảng bên dưới)`;
  protected readonly yearChartLabel = $localize`:@@rpChartByYear:Biểu đồ đường: số khen thưởng qua các năm (số liệu ở bảng bên dưới)`;
  protected readonly blocChartLabel = $localize`:@@rpChartByBloc:Biểu đồ cột: số khen thưởng theo khối, cụm thi đua (số liệu ở bảng bên dưới)`;

  constructor() {
    effect(() => {
      const year = this.selectedYear();
      const blocId = this.blocId() || undefined;
      const isOutOfScope = this.isOutOfScope();
      untracked(() => {
        if (isOutOfScope) return this.store.clear();
        void this.store.load({ year, blocId });
        if (this.isBoard()) void this.store.loadBlocs(year);
      });
    });
  }

  protected chooseYear(year: number): void {
    void this.router.navigate([], {
      queryParams: { year, blocId: null },
      queryParamsHandling: 'merge',
    });
  }

  protected chooseBloc(blocId: string): void {
    void this.router.navigate([], {
      queryParams: { year: this.selectedYear(), blocId: blocId || null },
      queryParamsHandling: 'merge',
    });
  }

  private kindSeries(rows: KindCounts[]): ChartSeries[] {
    return KINDS.map((kind) => ({
      label: beneficiaryKindLabel(kind),
      data: rows.map((r) => r[kind]),
    }));
  }
}
