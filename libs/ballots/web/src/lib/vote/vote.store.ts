import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  ApprovalChoice,
  BallotResponse,
  BallotTurnoutResponse,
  CastVoteRequest,
} from '@thidua/ballots/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { BALLOT_EVENT_SOURCE, watchTurnout } from '../ballot-events';
import { BallotsApi } from '../ballots.api';

/** What the voting page shows. */
export type VotePhase =
  | 'loading'
  | 'error'
  /** A code voter and no ballot open for them yet: the page checks again by itself. */
  | 'waiting'
  | 'notOpen'
  | 'choosing'
  | 'confirming'
  | 'submitting'
  | 'receipt'
  | 'alreadyVoted'
  | 'closed'
  /** Signed in, but not a delegate present at the meeting. */
  | 'cannotVote';

type Step = 'choosing' | 'confirming' | 'submitting' | 'receipt';

/** What a one-time voting code looks like (the API's rule). */
const CODE_PATTERN = /^[A-Z0-9]{6,12}$/;

/** How often a code voter's page looks for a newly opened ballot. */
export const WAITING_POLL_MS = 10_000;

const RECEIPT_KEY = 'td-ballot-receipt:';

/**
 * A delegate's vote: the ballot, the choices (at most K, or agree / disagree / no opinion for each
 * candidate), the confirm step, the receipt. Works for a signed-in delegate (`/ballots/:id/vote`)
 * and for a one-time code without sign-in (`/vote/:code`). Provided per route.
 */
@Injectable()
export class VoteStore {
  private readonly api = inject(BallotsApi);
  private readonly eventSource = inject(BALLOT_EVENT_SOURCE);
  private readonly ballotState = signal<BallotResponse | null>(null);
  private readonly isLoadingState = signal(false);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly isWaitingState = signal(false);
  private readonly stepState = signal<Step>('choosing');
  private readonly choicesState = signal<readonly string[]>([]);
  private readonly approvalsState = signal<Readonly<Record<string, ApprovalChoice>>>({});
  private readonly receiptState = signal<string | null>(null);
  private readonly submitErrorState = signal<string | null>(null);
  private readonly receiptsState = signal<string[] | null>(null);
  private readonly turnoutState = signal<BallotTurnoutResponse | null>(null);
  private code: string | null = null;
  private stopWatching: (() => void) | null = null;
  private watchedId: string | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private requestId = 0;

  readonly ballot = this.ballotState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly choices = this.choicesState.asReadonly();
  readonly approvals = this.approvalsState.asReadonly();
  readonly receipt = this.receiptState.asReadonly();
  readonly submitError = this.submitErrorState.asReadonly();
  /** The published receipts, once the ballot is closed. */
  readonly receipts = this.receiptsState.asReadonly();
  readonly turnout = this.turnoutState.asReadonly();
  readonly isCodeVoter = signal(false);

  readonly phase = computed<VotePhase>(() => {
    const ballot = this.ballotState();
    const step = this.stepState();
    if (!ballot) {
      if (this.isWaitingState()) return 'waiting';
      if (this.loadErrorState()) return 'error';
      return 'loading';
    }
    if (ballot.status === 'closed') return 'closed';
    if (step === 'receipt') return 'receipt';
    if (ballot.hasVoted) return 'alreadyVoted';
    if (ballot.status === 'draft') return 'notOpen';
    if (!ballot.canVote) return 'cannotVote';
    return step;
  });
  /** K: how many candidates a delegate may choose. */
  readonly maxChoices = computed(() => {
    const ballot = this.ballotState();
    return ballot ? Math.min(ballot.maxWinners, ballot.candidates.length) : 0;
  });
  readonly isAtLimit = computed(() => this.choicesState().length >= this.maxChoices());
  /** Candidates still without an opinion (approval ballots). */
  readonly missingApprovals = computed(() => {
    const ballot = this.ballotState();
    if (!ballot || ballot.method !== 'approval') return 0;
    const approvals = this.approvalsState();
    return ballot.candidates.filter((c) => !approvals[c.nominationId]).length;
  });
  readonly canSubmit = computed(() => {
    const ballot = this.ballotState();
    if (!ballot || ballot.status !== 'open' || !ballot.canVote || ballot.hasVoted) return false;
    return ballot.method === 'chooseK'
      ? this.choicesState().length <= this.maxChoices()
      : this.missingApprovals() === 0;
  });
  /** Whether the receipt this browser kept is in the published list. */
  readonly isReceiptPublished = computed(() => {
    const receipt = this.receiptState();
    const receipts = this.receiptsState();
    return receipt && receipts ? receipts.includes(receipt) : null;
  });

  /**
   * Starts with a ballot (signed-in delegate, or a code and a known ballot), or a code alone. A code
   * is read as the slip prints it or a delegate types it: any case, spaces and dashes left out; one
   * that cannot be a code is told so at once, without asking the server.
   */
  async start(options: { ballotId?: string | null; code?: string | null }): Promise<void> {
    this.stop();
    this.code = options.code?.toUpperCase().replace(/[\s-]/g, '') || null;
    this.isCodeVoter.set(!!this.code);
    this.ballotState.set(null);
    this.isWaitingState.set(false);
    this.loadErrorState.set(null);
    if (this.code && !CODE_PATTERN.test(this.code)) {
      this.loadErrorState.set({
        statusCode: 401,
        code: 'ballots.badCode',
        message: $localize`:@@blBadCode:Mã bỏ phiếu không đúng.`,
      });
      return;
    }
    if (options.ballotId) await this.loadBallot(options.ballotId);
    else if (this.code) await this.findBallot();
  }

  /** A code voter: looks for an open ballot the code has not voted in yet. */
  async findBallot(): Promise<void> {
    if (!this.code) return;
    this.clearPoll();
    const requestId = ++this.requestId;
    this.isLoadingState.set(true);
    try {
      const ballots = await firstValueFrom(this.api.listBallotsForCode(this.code));
      for (const summary of ballots.filter((b) => b.status === 'open')) {
        const ballot = await firstValueFrom(this.api.getBallot(summary.id, this.code));
        if (requestId !== this.requestId) return;
        if (!ballot.hasVoted && ballot.canVote) {
          this.showBallot(ballot);
          return;
        }
      }
      if (requestId !== this.requestId) return;
      this.ballotState.set(null);
      this.disconnect();
      this.isWaitingState.set(true);
      this.pollTimer = setTimeout(() => void this.findBallot(), WAITING_POLL_MS);
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.ballotState.set(null);
      this.isWaitingState.set(false);
      this.loadErrorState.set(toApiError(error));
    } finally {
      if (requestId === this.requestId) this.isLoadingState.set(false);
    }
  }

  /** Loads a ballot and follows its status live. */
  async loadBallot(id: string): Promise<void> {
    const requestId = ++this.requestId;
    this.isLoadingState.set(true);
    this.loadErrorState.set(null);
    try {
      const ballot = await firstValueFrom(this.api.getBallot(id, this.code));
      if (requestId !== this.requestId) return;
      this.showBallot(ballot);
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.loadErrorState.set(toApiError(error));
    } finally {
      if (requestId === this.requestId) this.isLoadingState.set(false);
    }
  }

  /** Ticks or unticks a candidate; refuses more than K. Answers whether the choice changed. */
  toggleChoice(nominationId: string): boolean {
    const choices = this.choicesState();
    if (choices.includes(nominationId)) {
      this.choicesState.set(choices.filter((id) => id !== nominationId));
      return true;
    }
    if (this.isAtLimit()) return false;
    this.choicesState.set([...choices, nominationId]);
    return true;
  }

  isChosen(nominationId: string): boolean {
    return this.choicesState().includes(nominationId);
  }

  setApproval(nominationId: string, choice: ApprovalChoice): void {
    this.approvalsState.update((approvals) => ({ ...approvals, [nominationId]: choice }));
  }

  /** "Gửi phiếu": goes to the confirm step. */
  review(): void {
    this.submitErrorState.set(null);
    if (this.canSubmit()) this.stepState.set('confirming');
  }

  /** Back from the confirm step to the choices. */
  edit(): void {
    if (this.stepState() === 'confirming') this.stepState.set('choosing');
  }

  /** "Xác nhận gửi": casts the vote; the receipt on success. */
  async submit(): Promise<void> {
    const ballot = this.ballotState();
    if (!ballot || this.stepState() !== 'confirming') return;
    this.stepState.set('submitting');
    this.submitErrorState.set(null);
    const request: CastVoteRequest =
      ballot.method === 'chooseK'
        ? { choices: [...this.choicesState()] }
        : { approvals: { ...this.approvalsState() } };
    if (this.code) request.code = this.code;
    try {
      const { receipt } = await firstValueFrom(this.api.castVote(ballot.id, request));
      this.receiptState.set(receipt);
      this.keepReceipt(ballot.id, receipt);
      this.ballotState.set({ ...ballot, hasVoted: true });
      this.stepState.set('receipt');
    } catch (error) {
      const apiError = toApiError(error);
      this.stepState.set('choosing');
      if (apiError.code === 'ballots.alreadyVoted') {
        this.ballotState.set({ ...ballot, hasVoted: true });
        return;
      }
      this.submitErrorState.set(apiError.message);
      if (apiError.code === 'ballots.notOpen') void this.loadBallot(ballot.id);
    }
  }

  /** A turnout from the stream: reloads the ballot when it opens or closes. */
  applyTurnout(turnout: BallotTurnoutResponse): void {
    const ballot = this.ballotState();
    if (!ballot || turnout.ballotId !== ballot.id) return;
    this.turnoutState.set(turnout);
    if (turnout.status !== ballot.status) void this.loadBallot(ballot.id);
  }

  /** Stops listening and polling (the page is leaving). */
  stop(): void {
    this.clearPoll();
    this.disconnect();
    this.requestId++;
  }

  private showBallot(ballot: BallotResponse): void {
    const previous = this.ballotState();
    if (previous?.id !== ballot.id) {
      this.choicesState.set([]);
      this.approvalsState.set({});
      this.stepState.set('choosing');
      this.submitErrorState.set(null);
      this.receiptsState.set(null);
      this.receiptState.set(this.keptReceipt(ballot.id));
    }
    this.isWaitingState.set(false);
    this.ballotState.set(ballot);
    this.connect(ballot.id);
    if (ballot.status === 'closed') void this.loadReceipts(ballot.id);
  }

  private async loadReceipts(id: string): Promise<void> {
    try {
      this.receiptsState.set(await firstValueFrom(this.api.receipts(id, this.code)));
    } catch {
      this.receiptsState.set(null);
    }
  }

  private connect(id: string): void {
    if (this.watchedId === id && this.stopWatching) return;
    this.disconnect();
    this.watchedId = id;
    this.stopWatching = watchTurnout(this.eventSource, this.api.eventsUrl(id, this.code), (t) =>
      this.applyTurnout(t),
    );
  }

  private disconnect(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.watchedId = null;
  }

  private clearPoll(): void {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  private keepReceipt(ballotId: string, receipt: string): void {
    try {
      sessionStorage.setItem(RECEIPT_KEY + ballotId, receipt);
    } catch {
      // Private mode or storage full: the receipt is still on screen.
    }
  }

  private keptReceipt(ballotId: string): string | null {
    try {
      return sessionStorage.getItem(RECEIPT_KEY + ballotId);
    } catch {
      return null;
    }
  }
}
