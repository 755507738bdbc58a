import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  BlocDetailResponse,
  BlocYearResponse,
  RotationProposalResponse,
  UnitListItemResponse,
  UpdateBlocRequest,
} from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../registry.status';
import { BlocsApi } from '../blocs/blocs.api';
import { UnitsApi } from '../units/units.api';

/**
 * One bloc's page for one year: the bloc, that year's members, head and deputy, the rotation
 * proposal and the history of past years. Provided per route.
 */
@Injectable()
export class BlocDetailStore {
  private readonly api = inject(BlocsApi);
  private readonly unitsApi = inject(UnitsApi);
  private readonly blocState = signal<BlocDetailResponse | null>(null);
  private readonly yearState = signal<number | null>(null);
  private readonly yearDataState = signal<BlocYearResponse | null>(null);
  private readonly proposalState = signal<RotationProposalResponse | null>(null);
  private readonly proposalErrorState = signal<ApiError | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);
  private requestId = 0;

  readonly bloc = this.blocState.asReadonly();
  readonly year = this.yearState.asReadonly();
  readonly yearData = this.yearDataState.asReadonly();
  readonly proposal = this.proposalState.asReadonly();
  readonly proposalError = this.proposalErrorState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  /** Members of the year in rotation order (including those who left during it). */
  readonly members = computed(() =>
    [...(this.yearDataState()?.members ?? [])].sort((a, b) => a.rotationOrder - b.rotationOrder),
  );
  /** Members who may hold a role (still in the bloc). */
  readonly currentMembers = computed(() => this.members().filter((member) => !member.leftOn));
  /** Whether the user acts as this bloc's secretariat for the selected year. */
  readonly canManageYear = computed(() => this.yearDataState()?.canManage ?? false);
  readonly history = computed(() =>
    [...(this.blocState()?.years ?? [])].sort((a, b) => b.year - a.year),
  );
  /** The proposal differs from what is recorded (so accepting it changes something). */
  readonly proposalDiffers = computed(() => {
    const proposal = this.proposalState();
    const data = this.yearDataState();
    if (!proposal?.head || !data) return false;
    return (
      proposal.head.id !== data.head?.id ||
      (proposal.deputy?.id ?? null) !== (data.deputy?.id ?? null)
    );
  });

  /** Loads the bloc and the chosen year. A slower older answer never overwrites a newer one. */
  async load(blocId: string, year: number): Promise<void> {
    const id = ++this.requestId;
    if (this.blocState()?.id !== blocId) {
      this.blocState.set(null);
      this.yearDataState.set(null);
    }
    this.yearState.set(year);
    this.proposalState.set(null);
    this.proposalErrorState.set(null);
    this.statusState.set('loading');
    this.errorState.set(null);
    void this.loadProposal(blocId, year, id);
    try {
      const [bloc, yearData] = await Promise.all([
        firstValueFrom(this.api.get(blocId)),
        firstValueFrom(this.api.getYear(blocId, year)),
      ]);
      if (id !== this.requestId) return;
      this.blocState.set(bloc);
      this.yearDataState.set(yearData);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Saves the whole member list (its order = rotation order). */
  saveMembers(unitIds: string[], effectiveDate: string | null): Promise<ApiError | null> {
    return this.changeYear((blocId, year, version) =>
      this.api.putMembers(blocId, year, { unitIds, effectiveDate, version }),
    );
  }

  /** Copies last year's members who had not left into an empty year. */
  copyPrevious(): Promise<ApiError | null> {
    return this.changeYear((blocId, year, version) =>
      this.api.copyPrevious(blocId, year, { version }),
    );
  }

  saveLeadership(headUnitId: string, deputyUnitId: string | null): Promise<ApiError | null> {
    return this.changeYear((blocId, year, version) =>
      this.api.putLeadership(blocId, year, { headUnitId, deputyUnitId, version }),
    );
  }

  /** Records the proposed head and deputy. */
  acceptProposal(): Promise<ApiError | null> {
    const proposal = this.proposalState();
    if (!proposal?.head) return Promise.resolve(null);
    return this.saveLeadership(proposal.head.id, proposal.deputy?.id ?? null);
  }

  /** Saves the bloc's own fields with the version it was read at. */
  async updateBloc(changes: Omit<UpdateBlocRequest, 'version'>): Promise<ApiError | null> {
    const bloc = this.blocState();
    if (!bloc) return null;
    try {
      await firstValueFrom(this.api.update(bloc.id, { ...changes, version: bloc.version }));
      this.blocState.set(await firstValueFrom(this.api.get(bloc.id)));
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.reloadBloc(bloc.id);
      return apiError;
    }
  }

  /** Active units in no bloc in the selected year, for adding to this one. */
  searchCandidates(q: string): Observable<UnitListItemResponse[]> {
    const year = this.yearState();
    return this.unitsApi
      .list({
        q: q || undefined,
        page: 1,
        pageSize: 20,
        sort: 'name',
        isArchived: false,
        withoutBlocIn: year ?? undefined,
      })
      .pipe(map((page) => page.items));
  }

  /**
   * Changes the selected year with the version it was read at; when someone else changed it
   * meanwhile (409), the year is read again so that the page shows their change.
   */
  private async changeYear(
    request: (blocId: string, year: number, version: number) => Observable<BlocYearResponse>,
  ): Promise<ApiError | null> {
    const bloc = this.blocState();
    const year = this.yearState();
    if (!bloc || year === null) return null;
    this.isSavingState.set(true);
    try {
      const version = this.yearDataState()?.version ?? 0;
      const yearData = await firstValueFrom(request(bloc.id, year, version));
      if (this.yearState() === year && this.blocState()?.id === bloc.id) {
        this.yearDataState.set(yearData);
        void this.reloadBloc(bloc.id);
        void this.loadProposal(bloc.id, year, this.requestId);
      }
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.reloadYear(bloc.id, year);
      return apiError;
    } finally {
      this.isSavingState.set(false);
    }
  }

  private async reloadYear(blocId: string, year: number): Promise<void> {
    try {
      const yearData = await firstValueFrom(this.api.getYear(blocId, year));
      if (this.blocState()?.id === blocId && this.yearState() === year) {
        this.yearDataState.set(yearData);
      }
    } catch {
      // The page keeps what it has; the next load tries again.
    }
  }

  private async reloadBloc(blocId: string): Promise<void> {
    try {
      const bloc = await firstValueFrom(this.api.get(blocId));
      if (this.blocState()?.id === blocId) this.blocState.set(bloc);
    } catch {
      // The page keeps what it has; the next load tries again.
    }
  }

  private async loadProposal(blocId: string, year: number, requestId: number): Promise<void> {
    try {
      const proposal = await firstValueFrom(this.api.rotationProposal(blocId, year));
      if (requestId !== this.requestId) return;
      this.proposalState.set(proposal);
      this.proposalErrorState.set(null);
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.proposalState.set(null);
      this.proposalErrorState.set(toApiError(error));
    }
  }
}
