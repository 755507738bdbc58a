import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';

import { snackClose } from '@thidua/ballots/ui';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';

import { BallotStore } from './ballot.store';
import { type ShareEntry, sharesToSend, shareFieldErrors } from './tally';

/**
 * The counting committee opens a closed secret ballot: one field per member (typed, or scanned by
 * a USB QR scanner that types the share and Enter), k of the n filled. Only the totals are
 * decrypted. The server's complaints come back on the share they are about.
 */
@Component({
  selector: 'td-tally-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
  ],
  templateUrl: './tally-form.component.html',
  styleUrls: ['../ballots-page.scss', './tally-form.component.scss'],
})
export class TallyFormComponent {
  protected readonly store = inject(BallotStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly serverError = serverError;
  protected readonly formError = signal<string | null>(null);
  protected readonly form = new FormGroup({ shares: new FormArray<FormControl<string>>([]) });
  /** k: the shares needed. */
  protected readonly threshold = computed(() => this.store.ballot()?.seal?.committeeThreshold ?? 1);
  /** n: the committee's members, one field each. */
  protected readonly size = computed(() => {
    const seal = this.store.ballot()?.seal;
    return Math.max(seal?.committeeSize ?? 1, seal?.committeeThreshold ?? 1);
  });

  constructor() {
    effect(() => {
      const size = this.size();
      untracked(() => this.build(size));
    });
  }

  protected get controls(): FormControl<string>[] {
    return this.form.controls.shares.controls;
  }

  /** Enter (a scanner ends a share with it): the next empty field, or the count once k are in. */
  protected next(event: Event, index: number): void {
    event.preventDefault();
    const entries = this.entries();
    if (sharesToSend(entries).shares.length >= this.threshold()) {
      void this.submit();
      return;
    }
    const fields = (event.target as HTMLElement).closest('form')?.querySelectorAll('input');
    const empty = entries.findIndex((entry, i) => i > index && !entry.value.trim());
    const target = empty >= 0 ? empty : entries.findIndex((entry) => !entry.value.trim());
    if (target >= 0) fields?.[target]?.focus();
  }

  protected async submit(): Promise<void> {
    this.formError.set(null);
    for (const control of this.controls) control.updateValueAndValidity();
    const { shares, positions } = sharesToSend(this.entries());
    const k = this.threshold();
    if (shares.length < k) {
      const entered = shares.length;
      this.formError.set(
        $localize`:@@blTallyTooFew:Cần ít nhất ${k}:K: mảnh khóa để kiểm phiếu (mới nhập ${entered}:ENTERED:).`,
      );
      return;
    }
    const error = await this.store.tally(shares);
    if (!error) {
      this.form.markAsPristine();
      this.snackBar.open($localize`:@@blTallyDone:Đã kiểm phiếu.`, snackClose(), {
        duration: 3000,
      });
      return;
    }
    if (!error.fieldErrors) {
      this.formError.set(error.message);
      return;
    }
    const unmatched = applyFieldErrors(this.form, {
      fieldErrors: shareFieldErrors(error.fieldErrors, positions),
    });
    const arrayError = serverError(this.form.controls.shares);
    const messages = [...(arrayError ? [arrayError] : []), ...unmatched];
    if (messages.length) this.formError.set(messages.join(' '));
  }

  private entries(): ShareEntry[] {
    return this.controls.map((control) => ({ value: control.value }));
  }

  private build(size: number): void {
    const shares = this.form.controls.shares;
    if (shares.length === size) return;
    shares.clear();
    for (let i = 0; i < size; i++) shares.push(new FormControl('', { nonNullable: true }));
  }
}
