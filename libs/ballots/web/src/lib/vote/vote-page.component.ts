import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import type { ApprovalChoice, BallotCandidateResponse } from '@thidua/ballots/contracts';

import { ballotPath } from '../ballots.paths';
import { approvalLabel, ruleInWords, thresholdInWords, turnoutInWords, unitLabel } from '../labels';
import { VoteStore } from './vote.store';

/**
 * A delegate's voting page, phone first: the ballot's rule in words, large choices, "Gửi phiếu"
 * with a confirm step, then the receipt. `/ballots/:id/vote` inside the app for a signed-in
 * delegate; `/vote/:code` full-screen without sign-in for a delegate with a one-time code.
 */
@Component({
  selector: 'td-vote-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatIconModule,
    MatProgressBarModule,
  ],
  templateUrl: './vote-page.component.html',
  styleUrl: './vote-page.component.scss',
  host: { '[class.full-screen]': 'isFullScreen()' },
})
export class VotePageComponent {
  /** The route's `:id` (signed-in delegates). */
  readonly id = input<string | null>(null);
  /** The route's `:code` (delegates without an account). */
  readonly code = input<string | null>(null);
  /** `?ballot=` with a code: go straight to that ballot. */
  readonly ballot = input<string | null>(null);

  protected readonly store = inject(VoteStore);

  protected readonly ballotPath = ballotPath;
  protected readonly approvalChoices: ApprovalChoice[] = ['agree', 'disagree', 'abstain'];
  protected readonly approvalLabel = approvalLabel;
  protected readonly isFullScreen = computed(() => !!this.code());
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
      const code = this.code();
      const ballotId = this.ballot();
      untracked(() => void this.store.start({ ballotId: id ?? ballotId, code }));
    });
    inject(DestroyRef).onDestroy(() => this.store.stop());
  }

  protected retry(): void {
    void this.store.start({ ballotId: this.id() ?? this.ballot(), code: this.code() });
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
