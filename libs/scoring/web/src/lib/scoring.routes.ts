import { Routes } from '@angular/router';

import { ScoreBoardStore } from './board/score-board.store';
import { ScoringHomeStore } from './home/scoring-home.store';
import { RankingStore } from './ranking/ranking.store';
import { SheetEditorStore } from './sheet-editor/sheet-editor.store';
import { UnitScoreStore } from './unit-score/unit-score.store';

/**
 * Scoring, mounted at the root inside the signed-in shell: `/scoring` (pick a bloc and year),
 * `/scoring/:blocId/:year` (progress board, agreement, lock), `.../sheet` (the criteria),
 * `.../units/:unitId` (a unit's card: self-assessment or checking) and `.../ranking`. Every
 * signed-in role may read them; actions follow the server's `canManage`, `canEdit`, `canCheck`.
 */
export const SCORING_ROUTES: Routes = [
  {
    path: 'scoring',
    children: [
      {
        path: '',
        providers: [ScoringHomeStore],
        title: $localize`:@@scHomeTitle:Chấm điểm thi đua – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./home/scoring-home-page.component').then((m) => m.ScoringHomePageComponent),
      },
      {
        path: ':blocId/:year',
        providers: [ScoreBoardStore],
        title: $localize`:@@scBoardTitle:Tiến độ chấm điểm – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./board/score-board-page.component').then((m) => m.ScoreBoardPageComponent),
      },
      {
        path: ':blocId/:year/sheet',
        providers: [SheetEditorStore],
        title: $localize`:@@scSheetTitle:Bảng tiêu chí chấm điểm – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./sheet-editor/sheet-editor-page.component').then(
            (m) => m.SheetEditorPageComponent,
          ),
      },
      {
        path: ':blocId/:year/units/:unitId',
        providers: [UnitScoreStore],
        title: $localize`:@@scCardTitle:Bảng điểm đơn vị – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./unit-score/unit-score-page.component').then((m) => m.UnitScorePageComponent),
      },
      {
        path: ':blocId/:year/ranking',
        providers: [RankingStore],
        title: $localize`:@@scRankingTitle:Xếp hạng thi đua – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./ranking/ranking-page.component').then((m) => m.RankingPageComponent),
      },
    ],
  },
];
