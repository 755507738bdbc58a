import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import type {
  ApprovalChoice,
  BallotResponse,
  BallotTurnoutResponse,
  VoteVia,
} from '@thidua/ballots/contracts';
import { BALLOT_EVENT_SOURCE, BallotsApi, watchTurnout } from '@thidua/ballots/data-access';
import type { ApiError } from '@thidua/shared/contracts';
import { blobErrorToApiError, saveDownload, toApiError } from '@thidua/shared/data-access';

import {
  type KeptReceipt,
  type KeptVote,
  forgetVote,
  keepReceipt,
  keepVote,
  keptReceipt,
  keptVote,
  newVoteId,
} from './vote-keeping';
import { CODE_PATTERN, VotingCodeMemory, normalizeCode } from './voting-code';

/** What the voting page shows. */
export type VotePhase =
  /** A delegate without an account and no code yet, or a wrong one: the code box. */
  | 'enterCode'
  | 'loading'
  | 'error'
  /** A code voter and no ballot open for them yet: the page checks again by itself. */
  | 'waiting'
  | 'notOpen'
  | 'choosing'
  | 'confirming'
  | 'submitting'
  /** The vote may or may not have arrived (network, server error, no answer): "Gửi lại". */
  | 'sendFailed'
  | 'receipt'
  | 'alreadyVoted'
  | 'closed'
  /** Signed in, but not a delegate present at the meeting. */
  | 'cannotVote';

type Step = 'choosing' | 'confirming' | 'submitting' | 'sendFailed' | 'receipt';

/** How often a code voter's page asks for the turnout (no live stream without a session). */
export const POLL_MS = 5_000;
/** How often a code voter's page looks for a newly opened ballot, and a ballot for its count. */
export const WAITING_POLL_MS = 10_000;
/** How long a vote waits for its answer before the page offers to send it again. */
export const VOTE_TIMEOUT_MS = 30_000;

/** Another open ballot of the meeting, waiting for the delegate's vote. */
export interface NextBallot {
  id: string;
  title: string;
}

/** An open ballot the seat has voted in, shown above the next one. */
export interface VotedNotice {
  ballotId: string;
  title: string;
  receipt: string | null;
}

/** A lost answer: the vote may have arrived; the same vote is sent again. */
function isLostAnswer(error: ApiError): boolean {
  return error.statusCode === 0 || error.statusCode >= 500;
}

/** What `answerWithin` rejects with when the time is up. */
const NO_ANSWER = Symbol('no answer');

/**
 * The first answer of a request, or `NO_ANSWER` after `ms` (the request is then cancelled). Not
 * rxjs's `timeout`, whose scheduler would weigh on the light voting app's first download.
 */
function answerWithin<T>(request: Observable<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(NO_ANSWER);
    }, ms);
    const subscription = request.subscribe({
      next: (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      error: (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    });
  });
}

function badCode(): ApiError {
  return {
    statusCode: 401,
    code: 'ballots.badCode',
    message: $localize`:@@blBadCode:Mã bỏ phiếu không đúng.`,
  };
}

/**
 * A delegate's vote: the ballot, the choices (at most K, or agree / disagree / no opinion for each
 * candidate), the confirm step, the receipt. Works for a signed-in delegate (`/ballots/:id/vote`,
 * live over Server-Sent Events) and for a one-time code without sign-in (`/vote`, the code in the
 * `X-Voting-Code` header, the turnout asked every few seconds). A secret ballot is encrypted on the
 * phone; every vote is kept with its id before it is sent, so a retry after a lost answer sends the
 * same vote and gets the same receipt. Provided per route.
 */
@Injectable()
export class VoteStore {
  private readonly api = inject(BallotsApi);
  private readonly eventSource = inject(BALLOT_EVENT_SOURCE);
  private readonly codeMemory = inject(VotingCodeMemory);
  private readonly ballotState = signal<BallotResponse | null>(null);
  private readonly isLoadingState = signal(false);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly isWaitingState = signal(false);
  private readonly needsCodeState = signal(false);
  private readonly codeErrorState = signal<string | null>(null);
  private readonly stepState = signal<Step>('choosing');
  private readonly choicesState = signal<readonly string[]>([]);
  private readonly approvalsState = signal<Readonly<Record<string, ApprovalChoice>>>({});
  private readonly receiptState = signal<KeptReceipt | null>(null);
  private readonly submitErrorState = signal<string | null>(null);
  private readonly receiptsState = signal<string[] | null>(null);
  private readonly turnoutState = signal<BallotTurnoutResponse | null>(null);
  private readonly votedNoticesState = signal<VotedNotice[]>([]);
  private readonly nextBallotState = signal<NextBallot | null>(null);
  private readonly isDownloadingState = signal(false);
  private readonly codeState = signal<string | null>(null);
  /** The vote being sent, also kept in localStorage (the same one is sent again on a retry). */
  private pending: KeptVote | null = null;
  private stopWatching: (() => void) | null = null;
  private watchedId: string | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private pollCount = 0;
  private requestId = 0;

  readonly ballot = this.ballotState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly codeError = this.codeErrorState.asReadonly();
  readonly choices = this.choicesState.asReadonly();
  readonly approvals = this.approvalsState.asReadonly();
  /** The receipt this phone kept for the ballot (the tracker of a secret ballot). */
  readonly receipt = computed(() => this.receiptState()?.receipt ?? null);
  readonly submitError = this.submitErrorState.asReadonly();
  /** The published receipts, once the ballot is counted. */
  readonly receipts = this.receiptsState.asReadonly();
  readonly turnout = this.turnoutState.asReadonly();
  /** Other open ballots this seat has voted in (a code voter reopening the link). */
  readonly votedNotices = this.votedNoticesState.asReadonly();
  /** A signed-in delegate who has voted: the meeting's next open ballot still to vote in. */
  readonly nextBallot = this.nextBallotState.asReadonly();
  readonly isDownloading = this.isDownloadingState.asReadonly();
  /** The code being used (a delegate without an account), to correct in the code box. */
  readonly code = this.codeState.asReadonly();
  readonly isCodeVoter = computed(() => this.codeState() !== null || this.needsCodeState());
  /** How the seat voted: by account or by code (the receipt's answer, or the server's). */
  readonly votedVia = computed<VoteVia | null>(
    () => this.receiptState()?.via ?? this.ballotState()?.votedVia ?? null,
  );

  readonly phase = computed<VotePhase>(() => {
    if (this.needsCodeState()) return 'enterCode';
    const ballot = this.ballotState();
    const step = this.stepState();
    if (!ballot) {
      if (this.isWaitingState()) return 'waiting';
      if (this.loadErrorState()) return 'error';
      return 'loading';
    }
    if (ballot.status === 'closed') return 'closed';
    if (step === 'receipt') return 'receipt';
    if (step === 'sendFailed' || step === 'submitting') return step;
    if (ballot.hasVoted) return 'alreadyVoted';
    if (ballot.status === 'draft') return 'notOpen';
    if (!ballot.canVote) return 'cannotVote';
    return step;
  });
  /** A closed secret ballot still waiting for the counting committee's shares. */
  readonly isAwaitingTally = computed(() => {
    const ballot = this.ballotState();
    return !!ballot && ballot.status === 'closed' && ballot.mode === 'secret' && !ballot.isTallied;
  });
  /** The counted secret ballot's fingerprint (SHA-256 of its public record). */
  readonly fingerprint = computed(() => this.ballotState()?.seal?.fingerprint ?? null);
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
  /** Whether the receipt this phone kept is in the published list. */
  readonly isReceiptPublished = computed(() => {
    const receipt = this.receipt();
    const receipts = this.receiptsState();
    return receipt && receipts ? receipts.includes(receipt) : null;
  });

  /** A signed-in delegate's ballot (`/ballots/:id/vote`), followed live. */
  async start(ballotId: string): Promise<void> {
    this.reset(null);
    await this.loadBallot(ballotId);
  }

  /**
   * A delegate without an account (`/vote`): the code kept in memory (from the slip's QR code or
   * typed before a reload), or the code box when there is none.
   */
  async startWithCode(): Promise<void> {
    const code = this.codeMemory.code();
    if (!code) {
      this.reset(null);
      this.needsCodeState.set(true);
      return;
    }
    await this.enterCode(code);
  }

  /**
   * The code box: a code is read as the slip prints it or a delegate types it (any case, spaces and
   * dashes left out); one that cannot be a code is told so at once, without asking the server.
   */
  async enterCode(value: string): Promise<void> {
    const code = normalizeCode(value);
    this.reset(code || null);
    if (!CODE_PATTERN.test(code)) {
      this.refuseCode();
      return;
    }
    this.codeMemory.remember(code);
    await this.findBallot();
  }

  /** Back to the code box, to type another code (from any error). */
  changeCode(): void {
    this.codeMemory.forget();
    this.reset(this.codeState());
    this.needsCodeState.set(true);
  }

  /**
   * A code voter: shows the first open ballot the code has not voted in (with a notice of those it
   * has), or the last one it has voted in, or waits for one to open.
   */
  async findBallot(options: { quiet?: boolean } = {}): Promise<void> {
    const code = this.codeState();
    if (!code) return;
    this.clearPoll();
    const requestId = ++this.requestId;
    this.isLoadingState.set(true);
    try {
      const summaries = await firstValueFrom(this.api.listBallotsForCode(code));
      const voted: BallotResponse[] = [];
      let next: BallotResponse | null = null;
      for (const summary of summaries.filter((b) => b.status === 'open')) {
        const ballot = await firstValueFrom(this.api.getBallot(summary.id, code));
        if (requestId !== this.requestId) return;
        if (ballot.status !== 'open') continue;
        if (ballot.hasVoted) voted.push(ballot);
        else if (ballot.canVote && !next) next = ballot;
      }
      if (requestId !== this.requestId) return;
      const shown = next ?? voted.at(-1) ?? null;
      this.votedNoticesState.set(
        voted
          .filter((b) => b.id !== shown?.id)
          .map((b) => ({
            ballotId: b.id,
            title: b.title,
            receipt: keptReceipt(b.id)?.receipt ?? null,
          })),
      );
      const current = this.ballotState();
      if (shown) {
        this.showBallot(shown);
      } else if (current) {
        // None open: stay with the ballot shown (just closed), its count and receipts to come.
        await this.loadBallot(current.id, options);
      } else {
        this.disconnect();
        this.isWaitingState.set(true);
        this.pollTimer = setTimeout(() => void this.findBallot(), WAITING_POLL_MS);
      }
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.failLoad(toApiError(error), options);
    } finally {
      if (requestId === this.requestId) this.isLoadingState.set(false);
    }
  }

  /** Loads a ballot and follows its status; `quiet`, a failure keeps the page as it is. */
  async loadBallot(id: string, options: { quiet?: boolean } = {}): Promise<void> {
    const requestId = ++this.requestId;
    this.isLoadingState.set(true);
    this.loadErrorState.set(null);
    try {
      const ballot = await firstValueFrom(this.api.getBallot(id, this.codeState()));
      if (requestId !== this.requestId) return;
      this.showBallot(ballot);
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.failLoad(toApiError(error), options);
    } finally {
      if (requestId === this.requestId) this.isLoadingState.set(false);
    }
  }

  /** "Thử lại" after a load error. */
  async retry(ballotId?: string | null): Promise<void> {
    if (ballotId) await this.start(ballotId);
    else if (this.codeState()) await this.enterCode(this.codeState() ?? '');
    else await this.startWithCode();
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

  /**
   * "Xác nhận gửi": makes the vote (a secret ballot encrypted here, with its proofs), keeps it with
   * a new vote id, then sends it; the receipt on success.
   */
  async submit(): Promise<void> {
    const ballot = this.ballotState();
    if (!ballot || this.stepState() !== 'confirming') return;
    this.stepState.set('submitting');
    this.submitErrorState.set(null);
    // Let the page show the progress before the encryption takes the main thread.
    await new Promise((resolve) => setTimeout(resolve));
    let vote: KeptVote;
    try {
      vote = await this.makeVote(ballot);
    } catch {
      this.stepState.set('choosing');
      this.submitErrorState.set(
        $localize`:@@blVoteEncryptFailed:Không mã hóa được lá phiếu trên điện thoại này. Hãy tải lại trang và thử lại, hoặc báo thư ký hội nghị.`,
      );
      return;
    }
    this.pending = vote;
    keepVote(ballot.id, vote);
    await this.send(ballot, vote);
  }

  /** "Gửi lại": the same vote id and ballot again, after a lost answer. */
  async resend(): Promise<void> {
    const ballot = this.ballotState();
    const vote = ballot ? (this.pending ?? keptVote(ballot.id)) : null;
    if (!ballot || !vote || this.stepState() === 'submitting') return;
    this.stepState.set('submitting');
    this.submitErrorState.set(null);
    await this.send(ballot, vote);
  }

  /** Drops a vote that never arrived (the ballot says the seat has not voted) to choose again. */
  discardPending(): void {
    const ballot = this.ballotState();
    if (!ballot || ballot.hasVoted) return;
    this.pending = null;
    forgetVote(ballot.id);
    this.submitErrorState.set(null);
    this.stepState.set('choosing');
  }

  /** A turnout from the stream or a poll: reloads the ballot when it opens, closes or is counted. */
  applyTurnout(turnout: BallotTurnoutResponse): void {
    const ballot = this.ballotState();
    if (!ballot || turnout.ballotId !== ballot.id) return;
    this.turnoutState.set(turnout);
    if (turnout.status !== ballot.status || this.isAwaitingTally()) void this.loadBallot(ballot.id);
  }

  /** Saves the counted ballot's public record (JSON). */
  async downloadBoard(): Promise<ApiError | null> {
    const ballot = this.ballotState();
    if (!ballot || this.isDownloadingState()) return null;
    this.isDownloadingState.set(true);
    try {
      const response = await firstValueFrom(this.api.board(ballot.id, this.codeState()));
      saveDownload(response, 'Hồ sơ phiếu bầu.json');
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    } finally {
      this.isDownloadingState.set(false);
    }
  }

  /** Stops listening and polling (the page is leaving). */
  stop(): void {
    this.clearPoll();
    this.disconnect();
    this.requestId++;
  }

  private reset(code: string | null): void {
    this.stop();
    this.codeState.set(code);
    this.needsCodeState.set(false);
    this.codeErrorState.set(null);
    this.ballotState.set(null);
    this.isWaitingState.set(false);
    this.loadErrorState.set(null);
    this.votedNoticesState.set([]);
    this.nextBallotState.set(null);
  }

  private refuseCode(): void {
    this.codeMemory.forget();
    this.ballotState.set(null);
    this.needsCodeState.set(true);
    this.codeErrorState.set(badCode().message);
  }

  /** A load failed: the error (or the code box), unless a poll failed over a page still valid. */
  private failLoad(error: ApiError, options: { quiet?: boolean }): void {
    if (options.quiet && this.ballotState() && error.statusCode !== 401) {
      this.schedulePoll();
      return;
    }
    if (this.codeState() && (error.code === 'ballots.badCode' || error.statusCode === 401)) {
      this.refuseCode();
      this.codeErrorState.set(error.message || badCode().message);
      return;
    }
    this.ballotState.set(null);
    this.isWaitingState.set(false);
    this.loadErrorState.set(error);
  }

  /** The vote to send; a secret ballot's encrypted here (the cryptography loads only then). */
  private async makeVote(ballot: BallotResponse): Promise<KeptVote> {
    const voteId = newVoteId();
    const choice =
      ballot.method === 'chooseK'
        ? { choices: [...this.choicesState()] }
        : { approvals: { ...this.approvalsState() } };
    if (ballot.mode !== 'secret') return { voteId, ...choice };
    if (!ballot.seal) throw new Error('A secret ballot without its public key');
    const { sealVote } = await import('./seal-vote');
    return { voteId, ballot: sealVote(ballot, ballot.seal.publicKey, choice) };
  }

  private async send(ballot: BallotResponse, vote: KeptVote): Promise<void> {
    try {
      const answer = await answerWithin(
        this.api.castVote(ballot.id, vote, this.codeState()),
        VOTE_TIMEOUT_MS,
      );
      const receipt: KeptReceipt = {
        receipt: answer.receipt,
        via: answer.via ?? null,
        castAt: answer.castAt ?? null,
      };
      keepReceipt(ballot.id, receipt);
      forgetVote(ballot.id);
      this.pending = null;
      this.receiptState.set(receipt);
      this.ballotState.set({ ...ballot, hasVoted: true, votedVia: receipt.via });
      this.stepState.set('receipt');
      void this.findNextBallot(ballot);
    } catch (error) {
      const apiError =
        error === NO_ANSWER
          ? { statusCode: 0, code: 'common.timeout', message: '' }
          : toApiError(error);
      if (isLostAnswer(apiError)) {
        this.stepState.set('sendFailed');
        return;
      }
      this.pending = null;
      forgetVote(ballot.id);
      this.stepState.set('choosing');
      if (apiError.code === 'ballots.alreadyVoted') {
        this.ballotState.set({ ...ballot, hasVoted: true });
        return;
      }
      this.submitErrorState.set(apiError.message);
      if (apiError.code === 'ballots.notOpen') void this.loadBallot(ballot.id);
    }
  }

  private showBallot(ballot: BallotResponse): void {
    const previous = this.ballotState();
    if (previous?.id !== ballot.id) {
      this.choicesState.set([]);
      this.approvalsState.set({});
      this.stepState.set('choosing');
      this.submitErrorState.set(null);
      this.receiptsState.set(null);
      this.turnoutState.set(null);
      this.receiptState.set(keptReceipt(ballot.id));
      this.pending = keptVote(ballot.id);
    }
    this.isWaitingState.set(false);
    this.ballotState.set(ballot);
    this.resumePending(ballot);
    if (ballot.hasVoted) void this.findNextBallot(ballot);
    else this.nextBallotState.set(null);
    if (!this.codeState()) this.connect(ballot.id);
    this.schedulePoll();
    if (ballot.status === 'closed' && !this.isAwaitingTally() && !this.receiptsState()) {
      void this.loadReceipts(ballot.id);
    }
  }

  /**
   * A vote kept from before (the answer was lost, or the page reloaded while sending): sent again
   * at once when the server has it (to get its receipt back), offered again when it has not.
   */
  private resumePending(ballot: BallotResponse): void {
    const vote = this.pending;
    if (!vote || this.stepState() === 'submitting') return;
    if (ballot.status !== 'open') {
      this.pending = null;
      forgetVote(ballot.id);
      return;
    }
    if (ballot.hasVoted) {
      if (this.receiptState()) return;
      this.stepState.set('submitting');
      void this.send(ballot, vote);
      return;
    }
    if (this.stepState() === 'choosing') this.stepState.set('sendFailed');
  }

  /**
   * A signed-in delegate who has voted: the first other open ballot of the meeting they may vote in
   * and have not (a code voter's page moves to it by itself instead).
   */
  private async findNextBallot(ballot: BallotResponse): Promise<void> {
    if (this.codeState()) return;
    const requestId = this.requestId;
    try {
      const summaries = await firstValueFrom(this.api.listBallots(ballot.meetingId));
      for (const summary of summaries) {
        if (summary.status !== 'open' || summary.id === ballot.id) continue;
        const other = await firstValueFrom(this.api.getBallot(summary.id));
        if (requestId !== this.requestId) return;
        if (other.status === 'open' && other.canVote && !other.hasVoted) {
          this.nextBallotState.set({ id: other.id, title: other.title });
          return;
        }
      }
      if (requestId === this.requestId) this.nextBallotState.set(null);
    } catch {
      // Only a convenience: without it the delegate goes back to the meeting's page.
    }
  }

  private async loadReceipts(id: string): Promise<void> {
    try {
      this.receiptsState.set(await firstValueFrom(this.api.receipts(id, this.codeState())));
    } catch {
      this.receiptsState.set(null);
    }
  }

  private connect(id: string): void {
    if (this.watchedId === id && this.stopWatching) return;
    this.disconnect();
    this.watchedId = id;
    this.stopWatching = watchTurnout(this.eventSource, this.api.eventsUrl(id), (t) =>
      this.applyTurnout(t),
    );
  }

  private disconnect(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.watchedId = null;
  }

  /**
   * A code voter has no live stream: the turnout every few seconds (the ballot again when it opens
   * or closes); once voted, or once the ballot has closed, a newly opened ballot (and the count).
   */
  private schedulePoll(): void {
    this.clearPoll();
    const code = this.codeState();
    const ballot = this.ballotState();
    if (!code || !ballot) return;
    this.pollTimer = setTimeout(
      () => void this.poll(code, ballot.id),
      ballot.status === 'closed' ? WAITING_POLL_MS : POLL_MS,
    );
  }

  private async poll(code: string, id: string): Promise<void> {
    this.pollTimer = null;
    const count = ++this.pollCount;
    const requestId = this.requestId;
    try {
      if (
        this.ballotState()?.status === 'closed' ||
        (this.phase() === 'alreadyVoted' && count % 2 === 0)
      ) {
        await this.findBallot({ quiet: true });
        return;
      }
      const turnout = await firstValueFrom(this.api.turnout(id, code));
      if (requestId !== this.requestId) return;
      if (turnout.status !== this.ballotState()?.status) {
        await this.loadBallot(id, { quiet: true });
        return;
      }
      this.turnoutState.set(turnout);
    } catch {
      // A missed poll: the next one tries again.
    }
    if (requestId === this.requestId && !this.pollTimer) this.schedulePoll();
  }

  private clearPoll(): void {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }
}
