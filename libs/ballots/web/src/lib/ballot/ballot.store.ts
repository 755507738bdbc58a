import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';

import type {
  BallotResponse,
  BallotResultsResponse,
  BallotTurnoutResponse,
  SavePaperCountsRequest,
} from '@thidua/ballots/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError, blobErrorToApiError, saveDownload } from '@thidua/shared/data-access';

import { BALLOT_EVENT_SOURCE, watchTurnout } from '../ballot-events';
import { BallotsApi } from '../ballots.api';
import type { RequestStatus } from '../ballots.status';
import { isElectronicMode } from '../labels';

/**
 * One ballot as the secretariat (and the projector) sees it: status, live turnout, opening and
 * closing, paper counts, results, runoff, receipts and documents. Provided per route.
 */
@Injectable()
export class BallotStore {
  private readonly api = inject(BallotsApi);
  private readonly eventSource = inject(BALLOT_EVENT_SOURCE);
  private readonly ballotState = signal<BallotResponse | null>(null);
  private readonly turnoutState = signal<BallotTurnoutResponse | null>(null);
  private readonly resultsState = signal<BallotResultsResponse | null>(null);
  private readonly receiptsState = signal<string[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isBusyState = signal(false);
  private stopWatching: (() => void) | null = null;
  private watchedId: string | null = null;
  private requestId = 0;

  readonly ballot = this.ballotState.asReadonly();
  readonly results = this.resultsState.asReadonly();
  readonly receipts = this.receiptsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isBusy = this.isBusyState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly canManage = computed(() => this.ballotState()?.canManage ?? false);
  readonly isElectronic = computed(() => {
    const ballot = this.ballotState();
    return !!ballot && isElectronicMode(ballot.mode);
  });
  /** Votes cast and voters, from the live stream when there is one. */
  readonly turnout = computed(() => {
    const ballot = this.ballotState();
    const live = this.turnoutState();
    if (live && live.ballotId === ballot?.id) return live;
    return ballot
      ? {
          ballotId: ballot.id,
          status: ballot.status,
          votedCount: ballot.votedCount,
          voterCount: ballot.voterCount,
        }
      : null;
  });
  /** Share of voters who voted, 0–100. */
  readonly turnoutPercent = computed(() => {
    const turnout = this.turnout();
    return turnout && turnout.voterCount > 0
      ? Math.min(100, (turnout.votedCount * 100) / turnout.voterCount)
      : 0;
  });
  readonly hasTie = computed(() => (this.resultsState()?.tiedForLast.length ?? 0) > 0);

  /** Loads the ballot, and its results and receipts once closed. */
  async load(id: string): Promise<void> {
    const requestId = ++this.requestId;
    if (this.ballotState()?.id !== id) {
      this.ballotState.set(null);
      this.resultsState.set(null);
      this.receiptsState.set([]);
      this.turnoutState.set(null);
    }
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const ballot = await firstValueFrom(this.api.getBallot(id));
      if (requestId !== this.requestId) return;
      this.ballotState.set(ballot);
      this.statusState.set('idle');
      if (ballot.status === 'closed') await this.loadOutcome(ballot);
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Follows the turnout live (Server-Sent Events); reloads when the ballot opens or closes. */
  connect(id: string): void {
    if (this.watchedId === id && this.stopWatching) return;
    this.disconnect();
    this.watchedId = id;
    this.stopWatching = watchTurnout(this.eventSource, this.api.eventsUrl(id), (turnout) =>
      this.applyTurnout(turnout),
    );
  }

  disconnect(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.watchedId = null;
  }

  /** A turnout from the stream: counts now, the ballot again when its status changed. */
  applyTurnout(turnout: BallotTurnoutResponse): void {
    const ballot = this.ballotState();
    if (!ballot || turnout.ballotId !== ballot.id) return;
    this.turnoutState.set(turnout);
    if (turnout.status !== ballot.status) void this.load(ballot.id);
  }

  /** Opens the ballot (the server checks the quorum and the order of ballots). */
  open(): Promise<ApiError | null> {
    return this.change((ballot) => this.api.openBallot(ballot.id, { version: ballot.version }));
  }

  /** Closes the ballot and counts the votes. */
  async close(): Promise<ApiError | null> {
    const error = await this.change((ballot) =>
      this.api.closeBallot(ballot.id, { version: ballot.version }),
    );
    const ballot = this.ballotState();
    if (!error && ballot?.status === 'closed') await this.loadOutcome(ballot);
    return error;
  }

  /** Saves the counts of a paper ballot or a show of hands. */
  savePaperCounts(request: Omit<SavePaperCountsRequest, 'version'>): Promise<ApiError | null> {
    return this.change((ballot) =>
      this.api.savePaperCounts(ballot.id, { ...request, version: ballot.version }),
    );
  }

  /** Starts a new round among the candidates tied at the last place; answers its id. */
  async runoff(): Promise<string | ApiError> {
    const ballot = this.ballotState();
    if (!ballot) return toApiError(null);
    this.isBusyState.set(true);
    try {
      const next = await firstValueFrom(this.api.runoff(ballot.id, { version: ballot.version }));
      this.resultsState.update((results) =>
        results ? { ...results, runoffBallotId: next.id } : results,
      );
      return next.id;
    } catch (error) {
      return toApiError(error);
    } finally {
      this.isBusyState.set(false);
    }
  }

  /** Downloads the ballot papers to print (PDF). */
  downloadPapers(): Promise<ApiError | null> {
    return this.download((id) => this.api.papers(id), 'phieu-bau.pdf');
  }

  /** Downloads the vote-count minutes as PDF or DOCX. */
  downloadMinutes(format: 'pdf' | 'docx'): Promise<ApiError | null> {
    return this.download((id) => this.api.minutes(id, format), `bien-ban-kiem-phieu.${format}`);
  }

  private async loadOutcome(ballot: BallotResponse): Promise<void> {
    try {
      this.resultsState.set(await firstValueFrom(this.api.results(ballot.id)));
    } catch (error) {
      this.errorState.set(toApiError(error));
    }
    if (isElectronicMode(ballot.mode)) {
      try {
        this.receiptsState.set(await firstValueFrom(this.api.receipts(ballot.id)));
      } catch {
        this.receiptsState.set([]);
      }
    }
  }

  private async change(
    call: (ballot: BallotResponse) => Observable<BallotResponse>,
  ): Promise<ApiError | null> {
    const ballot = this.ballotState();
    if (!ballot || this.isBusyState()) return null;
    this.isBusyState.set(true);
    try {
      const next = await firstValueFrom(call(ballot));
      this.ballotState.set(next);
      this.turnoutState.set(null);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.load(ballot.id);
      return apiError;
    } finally {
      this.isBusyState.set(false);
    }
  }

  private async download(
    call: (id: string) => ReturnType<BallotsApi['papers']>,
    fallbackName: string,
  ): Promise<ApiError | null> {
    const ballot = this.ballotState();
    if (!ballot) return null;
    this.isBusyState.set(true);
    try {
      saveDownload(await firstValueFrom(call(ballot.id)), fallbackName);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    } finally {
      this.isBusyState.set(false);
    }
  }
}
