import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';

import type { BallotResponse } from '@thidua/ballots/contracts';
import { snackClose, unitLabel } from '@thidua/ballots/ui';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';

import { BallotStore } from './ballot.store';
import { type PaperCountsFormValue, paperCountErrors, toPaperCounts } from './paper-counts';

const COUNT_VALIDATORS = [Validators.required, Validators.min(0), Validators.pattern(/^\d+$/)];

type CountControl = FormControl<number | null>;

function countControl(value: number | null | undefined): CountControl {
  return new FormControl<number | null>(value ?? null, COUNT_VALIDATORS);
}

/** Clears errors set by hand (server or cross-field) so only the validators' own remain. */
function revalidate(control: AbstractControl): void {
  if (control instanceof FormGroup) {
    for (const child of Object.values(control.controls)) revalidate(child);
  }
  control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
}

/**
 * The counting committee's figures for a paper ballot or a show of hands: papers issued,
 * returned, valid and invalid, and the votes of each candidate. Checked as the server checks them.
 */
@Component({
  selector: 'td-paper-counts-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './paper-counts-form.component.html',
  styleUrls: ['../ballots-page.scss', './paper-counts-form.component.scss'],
})
export class PaperCountsFormComponent {
  protected readonly store = inject(BallotStore);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly serverError = serverError;
  protected readonly unitLabel = unitLabel;
  protected readonly formError = signal<string | null>(null);
  protected readonly form = new FormGroup({
    issued: countControl(null),
    returned: countControl(null),
    valid: countControl(null),
    invalid: countControl(null),
    votes: new FormGroup<Record<string, CountControl>>({}),
  });
  protected readonly candidates = computed(() => this.store.ballot()?.candidates ?? []);

  constructor() {
    effect(() => {
      const ballot = this.store.ballot();
      untracked(() => this.fill(ballot));
    });
  }

  protected votesControl(nominationId: string): CountControl {
    return this.form.controls.votes.controls[nominationId];
  }

  protected async save(): Promise<void> {
    const ballot = this.store.ballot();
    if (!ballot) return;
    this.formError.set(null);
    revalidate(this.form);
    this.form.updateValueAndValidity({ emitEvent: false });
    const counts = toPaperCounts(this.form.getRawValue() as PaperCountsFormValue);
    if (this.form.invalid || !counts) {
      this.form.markAllAsTouched();
      return;
    }
    const problems = paperCountErrors(counts, {
      method: ballot.method,
      maxWinners: ballot.maxWinners,
      voterCount: ballot.voterCount,
      candidateIds: ballot.candidates.map((c) => c.nominationId),
    });
    if (Object.keys(problems).length) {
      this.showErrors(problems);
      return;
    }
    const error = await this.store.savePaperCounts(counts);
    if (!error) {
      this.form.markAsPristine();
      this.snackBar.open($localize`:@@blPaperSaved:Đã lưu kết quả kiểm phiếu.`, snackClose(), {
        duration: 3000,
      });
      return;
    }
    if (error.fieldErrors) this.showErrors(error.fieldErrors);
    else this.formError.set(error.message);
  }

  private showErrors(fieldErrors: Record<string, string[]>): void {
    const unmatched = applyFieldErrors(this.form, { fieldErrors });
    const votesError = serverError(this.form.controls.votes);
    this.formError.set([...(votesError ? [votesError] : []), ...unmatched].join(' ') || null);
  }

  private fill(ballot: BallotResponse | null): void {
    if (!ballot || this.form.dirty) return;
    const counts = ballot.paperCounts;
    const votes = new FormGroup<Record<string, CountControl>>({});
    for (const candidate of ballot.candidates) {
      votes.addControl(candidate.nominationId, countControl(counts?.votes[candidate.nominationId]));
    }
    this.form.setControl('votes', votes);
    this.form.patchValue({
      issued: counts?.issued ?? null,
      returned: counts?.returned ?? null,
      valid: counts?.valid ?? null,
      invalid: counts?.invalid ?? null,
    });
    this.form.markAsPristine();
  }
}
