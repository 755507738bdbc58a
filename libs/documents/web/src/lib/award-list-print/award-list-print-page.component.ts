import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ViewEncapsulation,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { AwardListDetailStore } from '../award-list-detail/award-list-detail.store';
import { awardListPath } from '../documents.paths';
import { attachedToLine, countsLabel } from '../labels';
import { AwardListTableComponent } from '../ui/award-list-table.component';

/** "<place>, ngày 05 tháng 10 năm 2021" (Nghị định 30/2020: leading zeros for days < 10, months 1–2). */
export function dateLine(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return place;
  const [, year, month, day] = match;
  const monthText = Number(month) <= 2 ? month : String(Number(month));
  const line = $localize`:@@alDateLine:ngày ${day}:day: tháng ${monthText}:month: năm ${year}:year:`;
  return place ? `${place}, ${line}` : line;
}

/**
 * The list for the printer: A4 landscape, without the app's frame, the table header repeated on
 * every page, rows never split and the signature block kept with the last rows. The "In" button
 * (screen only) opens the browser's print dialog.
 */
@Component({
  selector: 'td-award-list-print-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The `@page` rule must reach the document, so these styles are not encapsulated; every
  // selector is scoped under `td-award-list-print-page`.
  encapsulation: ViewEncapsulation.None,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AwardListTableComponent,
  ],
  templateUrl: './award-list-print-page.component.html',
  styleUrl: './print.scss',
})
export class AwardListPrintPageComponent {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(AwardListDetailStore);
  private readonly document = inject(DOCUMENT);

  protected readonly listPath = awardListPath;
  protected readonly attachedTo = attachedToLine;
  protected readonly counts = countsLabel;
  protected readonly signatureDate = computed(() => {
    const letter = this.store.list()?.coverLetter;
    return letter ? dateLine(letter.place, letter.date) : '';
  });

  constructor() {
    effect(() => void this.store.load(this.id()));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
