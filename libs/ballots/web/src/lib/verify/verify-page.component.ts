import { LocationStrategy } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import { ballotPath, BALLOTS_PATHS } from '@thidua/ballots/data-access';
import {
  FingerprintComponent,
  numberVi,
  snackClose,
  VoterFrameComponent,
} from '@thidua/ballots/ui';
import { FilePickerComponent } from '@thidua/shared/ui';

import { boardProblemText } from './board-problem-text';
import { VerifyStore } from './verify.store';

/**
 * "Kiểm chứng": anyone checks a counted secret ballot's public record on their own device, the
 * one on the server or a file they kept: every vote's proofs, the totals recomputed from the
 * votes, the decryption proofs, the fingerprint, and whether their own receipt is in the box.
 * `/ballots/:id/verify` in the app; `/vote/verify/:id` full screen for a delegate with a code.
 */
@Component({
  selector: 'td-verify-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    FilePickerComponent,
    FingerprintComponent,
    VoterFrameComponent,
  ],
  templateUrl: './verify-page.component.html',
  styleUrl: './verify-page.component.scss',
})
export class VerifyPageComponent {
  /** The route's `:id`. */
  readonly id = input.required<string>();
  /** The route's data: a delegate with a one-time code (no sign-in). */
  readonly codeVoter = input(false);

  protected readonly store = inject(VerifyStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly number = numberVi;
  protected readonly problemText = boardProblemText;
  protected readonly ballotPath = ballotPath;
  protected readonly voteHref = inject(LocationStrategy).prepareExternalUrl(BALLOTS_PATHS.vote);

  constructor() {
    effect(() => {
      const id = this.id();
      const codeVoter = this.codeVoter();
      untracked(() => void this.store.load(id, codeVoter));
    });
  }

  protected downloadBoard(): void {
    void this.store.downloadBoard().then((error) => {
      if (error) this.snackBar.open(error.message, snackClose(), { duration: 6000 });
    });
  }
}
