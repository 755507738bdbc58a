import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';

import type { ApprovalChoice, BallotCandidateResponse } from '@thidua/ballots/contracts';
import {
  ballotPath,
  ballotVerifyPath,
  ballotVotePath,
  codeVerifyPath,
} from '@thidua/ballots/data-access';
import {
  approvalLabel,
  FingerprintComponent,
  hexGroups,
  ruleInWords,
  thresholdInWords,
  TrackerComponent,
  turnoutInWords,
  unitLabel,
  votedViaInWords,
  VoterFrameComponent,
} from '@thidua/ballots/ui';

import { VOTE_LINKS, isPlainClick } from './vote-links';
import { VoteStore } from './vote.store';
import { normalizeCode } from './voting-code';

/**
 * A delegate's voting page, phone first: the ballot's rule in words, large choices, "Gửi phiếu"
 * with a confirm step, then the receipt. `/ballots/:id/vote` inside the app for a signed-in
 * delegate; `/vote` full-screen without sign-in for a delegate with a one-time code (the light
 * voting app, `apps/vote`). Plain HTML and CSS, no Material and no router, so that the light app
 * stays small; the app around it gives `VOTE_LINKS`.
 */
@Component({
  selector: 'td-vote-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FingerprintComponent, TrackerComponent, VoterFrameComponent],
  templateUrl: './vote-page.component.html',
  styleUrl: './vote-page.component.scss',
})
export class VotePageComponent {
  /** The route's `:id` (signed-in delegates). */
  readonly id = input<string | null>(null);
  /** A delegate without an account, with a one-time code (`/vote`). */
  readonly codeVoter = input(false);

  protected readonly store = inject(VoteStore);
  private readonly links = inject(VOTE_LINKS);
  private readonly document = inject(DOCUMENT);

  protected readonly ballotPath = ballotPath;
  protected readonly votePath = ballotVotePath;
  protected readonly votedViaInWords = votedViaInWords;
  protected readonly approvalChoices: ApprovalChoice[] = ['agree', 'disagree', 'abstain'];
  protected readonly approvalLabel = approvalLabel;
  /** What the code box holds, and whether its error may show (after a first try). */
  protected readonly codeValue = signal('');
  protected readonly isCodeTouched = signal(false);
  /** The code box's error: empty, or the code the server refused (until it is changed). */
  protected readonly codeMessage = computed(() => {
    if (!this.isCodeTouched()) return null;
    const error = this.store.codeError();
    if (error && normalizeCode(this.codeValue()) === this.store.code()) return error;
    return normalizeCode(this.codeValue())
      ? null
      : $localize`:@@blCodeRequired:Vui lòng nhập mã bỏ phiếu.`;
  });
  protected readonly downloadError = signal<string | null>(null);
  protected readonly verifyPath = computed(() => {
    const ballot = this.store.ballot();
    if (!ballot) return null;
    return this.codeVoter() ? codeVerifyPath(ballot.id) : ballotVerifyPath(ballot.id);
  });
  protected readonly ruleText = computed(() => {
    const ballot = this.store.ballot();
    return ballot ? ruleInWords(ballot) : '';
  });
  protected readonly thresholdText = computed(() => {
    const ballot = this.store.ballot();
    return ballot ? thresholdInWords(ballot.rule) : '';
  });
  protected readonly counterText = computed(() => {
    const chosen = this.store.choices().length;
    const max = this.store.maxChoices();
    return $localize`:@@blVoteCounter:Đã chọn ${chosen}:CHOSEN:/${max}:MAX:`;
  });
  protected readonly turnoutText = computed(() => {
    const turnout = this.store.turnout();
    return turnout ? turnoutInWords(turnout.votedCount, turnout.voterCount) : '';
  });
  protected readonly chosenCandidates = computed(() => {
    const ballot = this.store.ballot();
    const chosen = this.store.choices();
    return ballot ? ballot.candidates.filter((c) => chosen.includes(c.nominationId)) : [];
  });

  constructor() {
    effect(() => {
      const id = this.id();
      const codeVoter = this.codeVoter();
      untracked(() => {
        if (codeVoter) void this.store.startWithCode();
        else if (id) void this.store.start(id);
      });
    });
    // A wrong code comes back into the box, to correct.
    effect(() => {
      const error = this.store.codeError();
      const code = this.store.code();
      untracked(() => {
        if (!error) return;
        this.codeValue.set(code ?? '');
        this.isCodeTouched.set(true);
      });
    });
    // The code box takes the focus when it shows, and again when a code is refused.
    effect(() => {
      this.store.codeError();
      if (this.store.phase() === 'enterCode') setTimeout(() => this.focusCodeBox());
    });
    inject(DestroyRef).onDestroy(() => this.store.stop());
  }

  protected href(path: string): string {
    return this.links.href(path);
  }

  /** Follows a link of the page in the app (a plain click; others open a tab as usual). */
  protected follow(event: MouseEvent, path: string): void {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.links.go(path);
  }

  protected retry(): void {
    void this.store.retry(this.codeVoter() ? null : this.id());
  }

  protected typeCode(event: Event): void {
    this.codeValue.set((event.target as HTMLInputElement).value);
  }

  protected submitCode(event: Event): void {
    event.preventDefault();
    this.isCodeTouched.set(true);
    if (this.codeMessage()) {
      this.focusCodeBox();
      return;
    }
    void this.store.enterCode(this.codeValue());
  }

  private focusCodeBox(): void {
    const input = this.document.getElementById('vote-code');
    if (input && this.document.activeElement !== input) input.focus();
  }

  /** A receipt's first 16 characters, in groups of four. */
  protected shortReceipt(receipt: string): string {
    return hexGroups(receipt, 16);
  }

  protected downloadBoard(): void {
    this.downloadError.set(null);
    void this.store.downloadBoard().then((error) => this.downloadError.set(error?.message ?? null));
  }

  /** The unit under a candidate's name, when it says more than the name. */
  protected unitLine(candidate: BallotCandidateResponse): string | null {
    return candidate.unit && candidate.unit.name !== candidate.name
      ? unitLabel(candidate.unit)
      : null;
  }

  protected approvalOf(candidate: BallotCandidateResponse): ApprovalChoice | null {
    return this.store.approvals()[candidate.nominationId] ?? null;
  }
}
