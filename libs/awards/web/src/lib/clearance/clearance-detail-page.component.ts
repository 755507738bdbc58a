import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import type { ClearanceKind, ClearanceNomineeResponse } from '@thidua/awards/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { EmptyStateComponent, PageHeaderComponent, ServerMessagePipe } from '@thidua/shared/ui';

import { isoToDisplayDate, snackClose } from '../labels';
import {
  ClearanceAnswerFormComponent,
  type ClearanceAnswerSubmit,
} from './clearance-answer-form.component';
import {
  CLEARANCE_PATHS,
  clearanceAnswerLabel,
  clearanceKindLabel,
  clearanceStateLabel,
  reviewFlagKindLabel,
} from './clearance-labels';
import { ClearanceStore } from './clearance.store';

/**
 * One request. The board follows every office's answer per nominee and may let a held nominee
 * through with the council's reason; a clearance office answers, nominee by nominee.
 */
@Component({
  selector: 'td-clearance-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    EmptyStateComponent,
    PageHeaderComponent,
    ServerMessagePipe,
    ClearanceAnswerFormComponent,
  ],
  templateUrl: './clearance-detail-page.component.html',
  styleUrl: './clearance.scss',
})
export class ClearanceDetailPageComponent {
  readonly kind = input.required<ClearanceKind>();
  readonly id = input.required<string>();

  protected readonly store = inject(ClearanceStore);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly request = this.store.selected;
  protected readonly base = computed(() => CLEARANCE_PATHS[this.kind()]);
  protected readonly kindLabel = computed(() => clearanceKindLabel(this.kind()));
  protected readonly stateLabel = clearanceStateLabel;
  protected readonly answerLabel = clearanceAnswerLabel;
  protected readonly flagKindLabel = reviewFlagKindLabel;
  protected readonly displayDate = isoToDisplayDate;
  /** The nominee being answered or overridden, and the server's refusal of it. */
  protected readonly busy = signal<string | null>(null);
  protected readonly errors = signal<Record<string, ApiError | null>>({});
  protected readonly reasons: Record<string, string> = {};

  constructor() {
    effect(() => void this.store.load(this.kind(), this.id()));
  }

  protected isHeld(n: ClearanceNomineeResponse): boolean {
    return n.state === 'objection' || n.state === 'overdue';
  }

  protected async answer(n: ClearanceNomineeResponse, submit: ClearanceAnswerSubmit) {
    await this.step(n.nominationId, () =>
      this.store.answer(this.kind(), submit.request, submit.file),
    );
  }

  protected async override(n: ClearanceNomineeResponse): Promise<void> {
    await this.step(n.nominationId, () =>
      this.store.override(this.kind(), n.nominationId, this.reasons[n.nominationId] ?? ''),
    );
  }

  private async step(id: string, run: () => Promise<ApiError | null>): Promise<void> {
    this.busy.set(id);
    const error = await run();
    this.busy.set(null);
    this.errors.update((all) => ({ ...all, [id]: error }));
    if (!error)
      this.snackBar.open($localize`:@@clrSaved:Đã ghi nhận.`, snackClose(), { duration: 3000 });
  }
}
