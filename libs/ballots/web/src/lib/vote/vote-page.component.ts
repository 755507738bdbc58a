import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import type { ApprovalChoice, BallotCandidateResponse } from '@thidua/ballots/contracts';
import { serverError } from '@thidua/shared/data-access';

import { ballotPath, ballotVerifyPath, ballotVotePath, codeVerifyPath } from '../ballots.paths';
import {
  approvalLabel,
  hexGroups,
  ruleInWords,
  snackClose,
  thresholdInWords,
  turnoutInWords,
  unitLabel,
  votedViaInWords,
} from '../labels';
import { FingerprintComponent } from '../ui/fingerprint.component';
import { TrackerComponent } from '../ui/tracker.component';
import { VoterFrameComponent } from '../ui/voter-frame.component';
import { VoteStore } from './vote.store';
import { normalizeCode } from './voting-code';

/**
 * A delegate's voting page, phone first: the ballot's rule in words, large choices, "Gửi phiếu"
 * with a confirm step, then the receipt. `/ballots/:id/vote` inside the app for a signed-in
 * delegate; `/vote` full-screen without sign-in for a delegate with a one-time code (from the
 * slip's QR code, kept out of the address, or typed into the code box).
 */
@Component({
  selector: 'td-vote-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    FingerprintComponent,
    TrackerComponent,
    VoterFrameComponent,
  ],
  templateUrl: './vote-page.component.html',
  styleUrl: './vote-page.component.scss',
})
export class VotePageComponent {
  /** The route's `:id` (signed-in delegates). */
  readonly id = input<string | null>(null);
  /** The route's data: a delegate without an account, with a one-time code (`/vote`). */
  readonly codeVoter = input(false);

  protected readonly store = inject(VoteStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');

  protected readonly ballotPath = ballotPath;
  protected readonly votePath = ballotVotePath;
  protected readonly votedViaInWords = votedViaInWords;
  protected readonly serverError = serverError;
  /** The code box; a refused code stays in error until it is changed. */
  protected readonly codeControl = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, (control) => this.refusedCode(control)],
  });
  protected readonly codeForm = new FormGroup({ code: this.codeControl });
  protected readonly approvalChoices: ApprovalChoice[] = ['agree', 'disagree', 'abstain'];
  protected readonly approvalLabel = approvalLabel;
  protected readonly isFullScreen = computed(() => this.codeVoter());
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
        this.codeControl.setValue(code ?? '');
        this.codeControl.markAsTouched();
      });
    });
    afterRenderEffect(() => {
      const input = this.codeInput()?.nativeElement;
      this.store.codeError();
      if (input && input.ownerDocument.activeElement !== input) input.focus();
    });
    inject(DestroyRef).onDestroy(() => this.store.stop());
  }

  protected retry(): void {
    void this.store.retry(this.codeVoter() ? null : this.id());
  }

  protected submitCode(): void {
    this.codeControl.updateValueAndValidity();
    if (this.codeControl.invalid) {
      this.codeControl.markAsTouched();
      return;
    }
    void this.store.enterCode(this.codeControl.value);
  }

  private refusedCode(control: AbstractControl): ValidationErrors | null {
    const error = this.store.codeError();
    return error && normalizeCode(String(control.value)) === this.store.code()
      ? { server: error }
      : null;
  }

  /** A receipt's first 16 characters, in groups of four. */
  protected shortReceipt(receipt: string): string {
    return hexGroups(receipt, 16);
  }

  protected downloadBoard(): void {
    void this.store.downloadBoard().then((error) => {
      if (error) this.snackBar.open(error.message, snackClose(), { duration: 6000 });
    });
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
