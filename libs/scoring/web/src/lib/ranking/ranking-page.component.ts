import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';
import { yearOrNull } from '@thidua/shared/util';

import { pointsLabel, sheetStatusLabel, tieBreakLabel } from '../labels';
import { scoringPath } from '../scoring.paths';
import { RankingStore } from './ranking.store';

/** The ranking table of a bloc's year (final once locked), its files, and pledged vs achieved. */
@Component({
  selector: 'td-ranking-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './ranking-page.component.html',
  styleUrl: '../scoring-page.scss',
})
export class RankingPageComponent {
  /** Route parameter `:blocId`. */
  readonly blocId = input.required<string>();
  /** Route parameter `:year`. */
  readonly year = input.required<string>();

  protected readonly store = inject(RankingStore);
  protected readonly points = pointsLabel;
  protected readonly sheetStatusLabel = sheetStatusLabel;
  protected readonly selectedYear = computed(() => yearOrNull(this.year()));
  protected readonly boardLink = computed(() =>
    scoringPath(this.blocId(), this.selectedYear() ?? 0),
  );
  protected readonly pdfUrl = computed(() =>
    this.store.fileUrl(this.blocId(), this.selectedYear() ?? 0, 'pdf'),
  );
  protected readonly xlsxUrl = computed(() =>
    this.store.fileUrl(this.blocId(), this.selectedYear() ?? 0, 'xlsx'),
  );
  protected readonly heading = computed(
    () => $localize`:@@scRankingHeading:Xếp hạng thi đua năm ${this.year()}:year:`,
  );
  protected readonly tieBreakText = computed(() =>
    (this.store.ranking()?.tieBreaks ?? []).map(tieBreakLabel).join('; '),
  );

  constructor() {
    effect(() => {
      const year = this.selectedYear();
      const blocId = this.blocId();
      if (year !== null) untracked(() => void this.store.load(blocId, year));
    });
  }
}
