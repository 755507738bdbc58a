import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';

import type {
  BallotResponse,
  BallotResultsResponse,
  BallotTurnoutResponse,
  CommitteeShareResponse,
  MeetingResponse,
  SavePaperCountsRequest,
} from '@thidua/ballots/contracts';
import { BALLOT_EVENT_SOURCE, BallotsApi, watchTurnout } from '@thidua/ballots/data-access';
import { isElectronicMode } from '@thidua/ballots/ui';
import type { ApiError } from '@thidua/shared/contracts';
import { blobErrorToApiError, saveDownload, toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../ballots.status';

/**
 * One ballot as the secretariat (and the projector) sees it: status, live turnout, opening (with
 * the committee's key shares of a secret ballot, shown once) and closing, the committee's count of
 * a secret ballot, paper counts, results, runoff, receipts, the public record and documents.
 * Provided per route.
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
  private readonly sharesState = signal<CommitteeShareResponse[]>([]);
  private readonly meetingState = signal<MeetingResponse | null>(null);
  private stopWatching: (() => void) | null = null;
  private watchedId: string | null = null;
  private requestId = 0;

  readonly ballot = this.ballotState.asReadonly();
  readonly results = this.resultsState.asReadonly();
  readonly receipts = this.receiptsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isBusy = this.isBusyState.asReadonly();
  /** The committee's key shares from the open of a secret ballot: shown once, to print. */
  readonly shares = this.sharesState.asReadonly();
  /** The ballot's meeting, when asked for (the projector's count of reissued codes). */
  readonly meeting = this.meetingState.asReadonly();
  /** A closed secret ballot waiting for the committee's shares: no results yet. */
  readonly isAwaitingTally = computed(() => {
    const ballot = this.ballotState();
    return !!ballot && ballot.status === 'closed' && ballot.mode === 'secret' && !ballot.isTallied;
  });
  /** The counted secret ballot's fingerprint (SHA-256 of its public record). */
  readonly fingerprint = computed(
    () => this.ballotState()?.seal?.fingerprint ?? this.resultsState()?.fingerprint ?? null,
  );
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
      if (ballot.status === 'closed' && !this.isAwaitingTally()) await this.loadOutcome(ballot);
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

  /**
   * A turnout from the stream: counts now, the ballot again when its status changed or when it
   * may have been counted (the count is announced with an unchanged status).
   */
  applyTurnout(turnout: BallotTurnoutResponse): void {
    const ballot = this.ballotState();
    if (!ballot || turnout.ballotId !== ballot.id) return;
    this.turnoutState.set(turnout);
    if (turnout.status !== ballot.status || this.isAwaitingTally()) void this.load(ballot.id);
  }

  /**
   * Opens the ballot (the server checks the quorum and the order of ballots). A secret ballot's
   * answer carries the committee's key shares, which the server does not keep: held here to show.
   */
  async open(): Promise<ApiError | null> {
    const error = await this.change((ballot) =>
      this.api.openBallot(ballot.id, { version: ballot.version }),
    );
    const ballot = this.ballotState();
    if (!error && ballot?.committeeShares?.length) {
      this.sharesState.set(ballot.committeeShares);
      this.ballotState.set({ ...ballot, committeeShares: undefined });
    }
    return error;
  }

  /** Forgets the shares on screen (they cannot be shown again). */
  hideShares(): void {
    this.sharesState.set([]);
  }

  /** Closes the ballot; counts open and paper ballots at once, a secret one waits for the committee. */
  async close(): Promise<ApiError | null> {
    const error = await this.change((ballot) =>
      this.api.closeBallot(ballot.id, { version: ballot.version }),
    );
    const ballot = this.ballotState();
    if (!error && ballot?.status === 'closed' && !this.isAwaitingTally()) {
      await this.loadOutcome(ballot);
    }
    return error;
  }

  /**
   * The committee's count of a secret ballot: k of the n shares open the totals. Field errors come
   * back as `shares.<i>` (the i-th share sent) or `shares`.
   */
  async tally(shares: string[]): Promise<ApiError | null> {
    const error = await this.change((ballot) =>
      this.api.tallyBallot(ballot.id, { shares, version: ballot.version }),
    );
    const ballot = this.ballotState();
    if (!error && ballot?.status === 'closed' && !this.isAwaitingTally()) {
      await this.loadOutcome(ballot);
    }
    return error;
  }

  /** The ballot's meeting (the projector shows the codes reissued during the meeting). */
  async loadMeeting(): Promise<void> {
    const ballot = this.ballotState();
    if (!ballot) return;
    try {
      this.meetingState.set(await firstValueFrom(this.api.getMeeting(ballot.meetingId)));
    } catch {
      // Only a figure on the projector is missing.
    }
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
    return this.download((id) => this.api.papers(id), 'Phiếu bầu.pdf');
  }

  /** Downloads the vote-count minutes as PDF or DOCX, or the PDF digitally signed. */
  downloadMinutes(format: 'pdf' | 'docx', signed = false): Promise<ApiError | null> {
    return this.download(
      (id) => this.api.minutes(id, format, signed),
      signed ? 'Biên bản kiểm phiếu (ký số).pdf' : `Biên bản kiểm phiếu.${format}`,
    );
  }

  /** Downloads the counted secret ballot's public record (JSON). */
  downloadBoard(): Promise<ApiError | null> {
    return this.download((id) => this.api.board(id), 'Hồ sơ phiếu bầu.json');
  }

  private async loadOutcome(ballot: BallotResponse): Promise<void> {
    try {
      this.resultsState.set(await firstValueFrom(this.api.results(ballot.id)));
    } catch (error) {
      const apiError = toApiError(error);
      // Counted meanwhile or not yet: the ballot again says which.
      if (apiError.code === 'ballots.notTallied') {
        this.ballotState.set({ ...ballot, isTallied: false });
        return;
      }
      this.errorState.set(apiError);
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
