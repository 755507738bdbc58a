import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { MovementListItemResponse } from '@thidua/movements/contracts';
import type { BlocSummaryResponse } from '@thidua/registry/contracts';
import type {
  AwardReportGroup,
  AwardsReportResponse,
  ParticipationReportResponse,
  ReportFormat,
  TargetsReportResponse,
} from '@thidua/reports/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { type ExportableReport, ReportsApi } from '../reports.api';
import type { RequestStatus } from '../reports.status';

/** The report chosen on the page: awards grouped one way, or a movement's participation or targets. */
export type ReportKind = `awards-${AwardReportGroup}` | 'participation' | 'targets';

export interface ReportSelection {
  kind: ReportKind;
  year: number;
  blocId?: string;
  movementId?: string;
}

export type ReportResult =
  | { kind: 'awards'; report: AwardsReportResponse }
  | { kind: 'participation'; report: ParticipationReportResponse }
  | { kind: 'targets'; report: TargetsReportResponse };

/** One report on screen, the pickers' options, and its export to XLSX or PDF. */
@Injectable()
export class ReportsPageStore {
  private readonly api = inject(ReportsApi);
  private readonly resultState = signal<ReportResult | null>(null);
  private readonly blocsState = signal<BlocSummaryResponse[]>([]);
  private readonly movementsState = signal<MovementListItemResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly exportingState = signal<ReportFormat | null>(null);
  private requestId = 0;

  readonly result = this.resultState.asReadonly();
  readonly blocs = this.blocsState.asReadonly();
  readonly movements = this.movementsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly exporting = this.exportingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');

  /** Forgets what was shown (a year the user may not look at); a pending answer is dropped. */
  clear(): void {
    this.requestId++;
    this.resultState.set(null);
    this.errorState.set(null);
    this.statusState.set('idle');
  }

  async load(selection: ReportSelection): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const result = await this.fetch(selection);
      if (id !== this.requestId) return;
      this.resultState.set(result);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.resultState.set(null);
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  async loadOptions(year: number, withBlocs: boolean): Promise<void> {
    const [blocs, movements] = await Promise.all([
      withBlocs ? firstValueFrom(this.api.blocs(year)).catch(() => null) : Promise.resolve(null),
      firstValueFrom(this.api.movements(year)).catch(() => null),
    ]);
    this.blocsState.set(
      (blocs?.items ?? []).map((b) => ({ id: b.id, name: b.name, kind: b.kind })),
    );
    this.movementsState.set((movements?.items ?? []).filter((m) => m.status !== 'draft'));
  }

  /** Downloads the report; answers the response for the page to save, or null after an error. */
  async export(selection: ReportSelection, format: ReportFormat) {
    const { report, query } = exportRequest(selection);
    if (!report) return null;
    this.exportingState.set(format);
    try {
      return await firstValueFrom(this.api.export(report, query, format));
    } catch (error) {
      this.errorState.set(toApiError(error));
      return null;
    } finally {
      this.exportingState.set(null);
    }
  }

  private async fetch(s: ReportSelection): Promise<ReportResult | null> {
    if (s.kind === 'participation' || s.kind === 'targets') {
      if (!s.movementId) return null;
      const query = { year: s.year, blocId: s.blocId, movementId: s.movementId };
      return s.kind === 'participation'
        ? { kind: 'participation', report: await firstValueFrom(this.api.participation(query)) }
        : { kind: 'targets', report: await firstValueFrom(this.api.targets(query)) };
    }
    const groupBy = s.kind.slice('awards-'.length) as AwardReportGroup;
    if (groupBy === 'unit' && !s.blocId) return null;
    return {
      kind: 'awards',
      report: await firstValueFrom(this.api.awards({ year: s.year, blocId: s.blocId, groupBy })),
    };
  }
}

function exportRequest(s: ReportSelection): {
  report: ExportableReport | null;
  query:
    | { year: number; blocId?: string; movementId: string }
    | { year: number; blocId?: string; groupBy: AwardReportGroup };
} {
  if (s.kind === 'participation' || s.kind === 'targets') {
    return {
      report: s.movementId ? s.kind : null,
      query: { year: s.year, blocId: s.blocId, movementId: s.movementId ?? '' },
    };
  }
  return {
    report: 'awards',
    query: {
      year: s.year,
      blocId: s.blocId,
      groupBy: s.kind.slice('awards-'.length) as AwardReportGroup,
    },
  };
}
