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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';

import { WorkingYear } from '@thidua/registry/web';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';
import { yearOrNull, yearsSince } from '@thidua/shared/util';

import { SCORING_PATHS, rankingPath, scoringPath } from '../scoring.paths';
import { ScoringHomeStore } from './scoring-home.store';

/** Scoring: pick a year and a bloc (`/scoring?year=`). */
@Component({
  selector: 'td-scoring-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  template: `
    <td-page-header
      i18n-heading="@@scHomeHeading"
      heading="Chấm điểm thi đua"
      i18n-subheading="@@scHomeSubheading"
      subheading="Tự chấm, thẩm định, thống nhất và xếp hạng các đơn vị theo bảng tiêu chí của khối"
    >
      <mat-form-field subscriptSizing="dynamic">
        <mat-label i18n="@@year">Năm</mat-label>
        <mat-select [value]="selectedYear()" (valueChange)="pickYear($event)">
          @for (y of years; track y) {
            <mat-option [value]="y">{{ y }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </td-page-header>
    @if (store.status() === 'loading') {
      <mat-progress-bar mode="indeterminate" i18n-aria-label="@@loading" aria-label="Đang tải" />
    }
    @if (store.status() === 'error') {
      <td-empty-state
        tone="error"
        icon="error"
        i18n-title="@@scHomeError"
        title="Không tải được danh sách khối"
        [message]="store.error()?.message ?? null"
      />
    } @else if (store.status() === 'idle' && !store.blocs().length) {
      <td-empty-state icon="groups" i18n-title="@@scHomeEmpty" title="Chưa có khối, cụm thi đua" />
    } @else {
      <div class="table-scroll">
        <table tdCardTable class="score-table">
          <caption class="visually-hidden" i18n="@@scHomeCaption">
            Các khối, cụm thi đua
          </caption>
          <thead>
            <tr>
              <th scope="col" i18n="@@scBloc">Khối, cụm thi đua</th>
              <th scope="col" i18n="@@scHead">Trưởng khối</th>
              <th scope="col" class="number" i18n="@@scMembers">Thành viên</th>
              <th scope="col"><span class="visually-hidden" i18n="@@actions">Thao tác</span></th>
            </tr>
          </thead>
          <tbody>
            @for (bloc of store.blocs(); track bloc.id) {
              <tr>
                <th scope="row">
                  <a [routerLink]="boardLink(bloc.id)">{{ bloc.name }}</a>
                </th>
                <td>{{ bloc.head?.name ?? '—' }}</td>
                <td class="number">{{ bloc.memberCount }}</td>
                <td>
                  <a mat-button [routerLink]="rankingLink(bloc.id)" i18n="@@scRankingLink"
                    >Xếp hạng</a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: '../scoring-page.scss',
})
export class ScoringHomePageComponent {
  /** Query parameter `?year=`. */
  readonly year = input<string | undefined>();

  protected readonly store = inject(ScoringHomeStore);
  private readonly router = inject(Router);
  protected readonly years = yearsSince(2020);
  private readonly workingYear = inject(WorkingYear);
  protected readonly selectedYear = computed(() => this.workingYear.or(yearOrNull(this.year())));

  constructor() {
    effect(() => {
      const year = this.selectedYear();
      untracked(() => void this.store.load(year));
    });
  }

  protected boardLink(blocId: string): string {
    return scoringPath(blocId, this.selectedYear());
  }

  protected rankingLink(blocId: string): string {
    return rankingPath(blocId, this.selectedYear());
  }

  protected pickYear(year: number): void {
    void this.router.navigate([SCORING_PATHS.scoring], { queryParams: { year } });
  }
}
