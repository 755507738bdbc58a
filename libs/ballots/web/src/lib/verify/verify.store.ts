import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { hasSessionHint } from '@thidua/auth/web';
import type { BallotResponse, BallotResultsResponse } from '@thidua/ballots/contracts';
import { BallotsApi } from '@thidua/ballots/data-access';
import { keptReceipt, VotingCodeMemory } from '@thidua/ballots/feature-vote';
import type { ApiError } from '@thidua/shared/contracts';
import { blobErrorToApiError, saveDownload, toApiError } from '@thidua/shared/data-access';

import { BOARD_VERIFIER } from './board-verifier';
import type { BoardReport } from './board-report';

/** A file's text as UTF-8 (older phones' browsers have no `Blob.text()`). */
function readText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob, 'utf-8');
  });
}

export type VerifyPhase = 'idle' | 'reading' | 'verifying' | 'done' | 'failed';

/** A candidate's recomputed count beside the published one. */
export interface VerifiedRow {
  position: number;
  name: string;
  count: number | null;
  published: number | null;
  /** Whether the published result says the same (null when there is none to compare). */
  matches: boolean | null;
}

/**
 * The check of a counted secret ballot's public record in the browser: the record of this ballot
 * from the server, or a file the user picked (one they kept, or got from someone else). Signed in,
 * or a delegate with a one-time code. Provided per route.
 */
@Injectable()
export class VerifyStore {
  private readonly api = inject(BallotsApi);
  private readonly verifier = inject(BOARD_VERIFIER);
  private readonly codeMemory = inject(VotingCodeMemory);
  private readonly document = inject(DOCUMENT);
  private readonly ballotState = signal<BallotResponse | null>(null);
  private readonly resultsState = signal<BallotResultsResponse | null>(null);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly phaseState = signal<VerifyPhase>('idle');
  private readonly reportState = signal<BoardReport | null>(null);
  private readonly failureState = signal<string | null>(null);
  private readonly sourceState = signal<{ kind: 'server' | 'file'; name: string | null } | null>(
    null,
  );
  private readonly isDownloadingState = signal(false);
  private code: string | null = null;
  private ballotId: string | null = null;
  private runId = 0;

  readonly ballot = this.ballotState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly phase = this.phaseState.asReadonly();
  readonly report = this.reportState.asReadonly();
  readonly failure = this.failureState.asReadonly();
  readonly source = this.sourceState.asReadonly();
  readonly isDownloading = this.isDownloadingState.asReadonly();
  readonly isBusy = computed(() => ['reading', 'verifying'].includes(this.phaseState()));
  /** The published fingerprint of this ballot, once counted. */
  readonly publishedFingerprint = computed(() => this.ballotState()?.seal?.fingerprint ?? null);
  /** Whether the record's fingerprint is the published one (null: nothing to compare with). */
  readonly fingerprintMatches = computed(() => {
    const report = this.reportState();
    const published = this.publishedFingerprint();
    return report && published ? report.fingerprint === published : null;
  });
  /** The record is of another ballot than this page's. */
  readonly isOtherBallot = computed(() => {
    const report = this.reportState();
    return !!report && !!report.ballotId && !!this.ballotId && report.ballotId !== this.ballotId;
  });
  /** The receipt this phone kept for the ballot, if any. */
  readonly myReceipt = signal<string | null>(null);
  /** Whether the kept receipt is among the record's votes (null: no receipt here). */
  readonly isMyVoteInBox = computed(() => {
    const report = this.reportState();
    const receipt = this.myReceipt();
    return report && receipt ? report.trackers.includes(receipt) : null;
  });
  readonly rows = computed<VerifiedRow[]>(() => {
    const report = this.reportState();
    if (!report) return [];
    const published = this.isOtherBallot() ? null : this.resultsState();
    return report.candidates.map((candidate) => {
      const row = published?.rows.find((r) => r.nominationId === candidate.nominationId);
      const votes = row ? row.votes : null;
      return {
        position: candidate.position,
        name: candidate.name,
        count: candidate.count,
        published: votes,
        matches: votes === null || candidate.count === null ? null : votes === candidate.count,
      };
    });
  });

  /** The ballot this page is about (its title, published fingerprint and results). */
  async load(id: string, isCodeVoter: boolean): Promise<void> {
    this.runId++;
    this.ballotId = id;
    this.code = isCodeVoter ? this.codeMemory.code() : null;
    this.ballotState.set(null);
    this.resultsState.set(null);
    this.reportState.set(null);
    this.phaseState.set('idle');
    this.loadErrorState.set(null);
    this.myReceipt.set(keptReceipt(id)?.receipt ?? null);
    if (isCodeVoter && this.code === null && !hasSessionHint(this.document)) {
      // Neither this device's voting code nor a session: the server would refuse (401). A record
      // file can still be checked here.
      this.loadErrorState.set({
        statusCode: 401,
        code: 'ballots.verifyWithoutCode',
        message: $localize`:@@blVerifyWithoutCode:Trang này mở mà không có mã bỏ phiếu của máy này, nên không tải được phiếu bầu từ máy chủ. Mở lại từ trang bỏ phiếu, hoặc chọn tệp hồ sơ công khai để kiểm tra.`,
      });
      return;
    }
    try {
      const ballot = await firstValueFrom(this.api.getBallot(id, this.code));
      if (this.ballotId !== id) return;
      this.ballotState.set(ballot);
      if (ballot.status === 'closed' && ballot.isTallied) {
        this.resultsState.set(await firstValueFrom(this.api.results(id, this.code)));
      }
    } catch (error) {
      if (this.ballotId === id) this.loadErrorState.set(toApiError(error));
    }
  }

  /** Fetches this ballot's public record from the server and checks it. */
  async verifyFromServer(): Promise<void> {
    const id = this.ballotId;
    if (!id || this.isBusy()) return;
    const run = this.begin({ kind: 'server', name: null });
    try {
      const response = await firstValueFrom(this.api.board(id, this.code));
      const text = response.body ? await readText(response.body) : '';
      await this.check(run, text);
    } catch (error) {
      if (run === this.runId) this.fail((await blobErrorToApiError(error)).message);
    }
  }

  /** Checks a record the user picked. */
  async verifyFile(file: File | null): Promise<void> {
    if (!file || this.isBusy()) return;
    const run = this.begin({ kind: 'file', name: file.name });
    try {
      await this.check(run, await readText(file));
    } catch {
      if (run === this.runId) {
        this.fail($localize`:@@blVerifyReadFailed:Không đọc được tệp đã chọn.`);
      }
    }
  }

  /** Saves this ballot's public record (JSON). */
  async downloadBoard(): Promise<ApiError | null> {
    const id = this.ballotId;
    if (!id || this.isDownloadingState()) return null;
    this.isDownloadingState.set(true);
    try {
      saveDownload(await firstValueFrom(this.api.board(id, this.code)), 'Hồ sơ phiếu bầu.json');
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    } finally {
      this.isDownloadingState.set(false);
    }
  }

  private begin(source: { kind: 'server' | 'file'; name: string | null }): number {
    this.sourceState.set(source);
    this.reportState.set(null);
    this.failureState.set(null);
    this.phaseState.set('reading');
    return ++this.runId;
  }

  private async check(run: number, text: string): Promise<void> {
    if (run !== this.runId) return;
    this.phaseState.set('verifying');
    try {
      const report = await this.verifier(text);
      if (run !== this.runId) return;
      this.reportState.set(report);
      this.phaseState.set('done');
    } catch {
      if (run === this.runId) {
        this.fail($localize`:@@blVerifyBroke:Không kiểm chứng được trên trình duyệt này.`);
      }
    }
  }

  private fail(message: string): void {
    this.failureState.set(message);
    this.phaseState.set('failed');
  }
}
