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
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import type { ScoreScale } from '@thidua/scoring/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';
import { yearOrNull } from '@thidua/shared/util';

import {
  dateLabel,
  pointsLabel,
  sheetStatusLabel,
  snackClose,
  unitScoreStatusLabel,
} from '../labels';
import { SCORING_ACCESS, mayDrawUpSheets } from '../scoring-access';
import { SCORING_PATHS, rankingPath, sheetEditorPath, unitScorePath } from '../scoring.paths';
import { ScoreBoardStore } from './score-board.store';

/** A bloc's scoring of a year: the progress board, the sheet's state, agreement and lock. */
@Component({
  selector: 'td-score-board-page',
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
  templateUrl: './score-board-page.component.html',
  styleUrl: '../scoring-page.scss',
})
export class ScoreBoardPageComponent {
  /** Route parameter `:blocId`. */
  readonly blocId = input.required<string>();
  /** Route parameter `:year`. */
  readonly year = input.required<string>();

  protected readonly store = inject(ScoreBoardStore);
  private readonly access = inject(SCORING_ACCESS);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly points = pointsLabel;
  protected readonly date = dateLabel;
  protected readonly statusLabel = unitScoreStatusLabel;
  protected readonly sheetStatusLabel = sheetStatusLabel;
  protected readonly homePath = SCORING_PATHS.scoring;
  protected readonly selectedYear = computed(() => yearOrNull(this.year()));
  protected readonly mayDrawUp = computed(() => mayDrawUpSheets(this.access));
  protected readonly sheetLink = computed(() =>
    sheetEditorPath(this.blocId(), this.selectedYear() ?? 0),
  );
  protected readonly rankingLink = computed(() =>
    rankingPath(this.blocId(), this.selectedYear() ?? 0),
  );
  protected readonly heading = computed(
    () => $localize`:@@scBoardHeading:Chấm điểm thi đua năm ${this.year()}:year:`,
  );

  constructor() {
    effect(() => {
      const year = this.selectedYear();
      const blocId = this.blocId();
      if (year !== null) untracked(() => void this.store.load(blocId, year));
    });
  }

  protected cardLink(unitId: string): string {
    return unitScorePath(this.blocId(), this.selectedYear() ?? 0, unitId);
  }

  protected async copyPrevious(): Promise<void> {
    this.report(
      await this.store.copyPrevious(),
      $localize`:@@scCopiedPrevious:Đã sao chép bảng tiêu chí năm trước.`,
    );
  }

  protected async fromPledge(scale: ScoreScale): Promise<void> {
    this.report(
      await this.store.fromPledge(scale),
      $localize`:@@scFromPledgeDone:Đã lập bảng tiêu chí từ nội dung giao ước.`,
    );
  }

  protected async agree(): Promise<void> {
    this.report(
      await this.store.agree(),
      $localize`:@@scAgreedDone:Đã ghi nhận hội nghị thống nhất bảng điểm.`,
    );
  }

  protected async lock(): Promise<void> {
    this.report(
      await this.store.lock(),
      $localize`:@@scLockedDone:Đã khóa bảng điểm; kết quả xếp hạng là chính thức.`,
    );
  }

  private report(error: ApiError | null, done: string): void {
    this.snackBar.open(error ? error.message : done, snackClose(), { duration: 5000 });
  }
}
