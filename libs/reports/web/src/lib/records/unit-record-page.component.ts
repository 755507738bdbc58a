import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { blocRoleLabel, dateVi, numberVi, percentVi, pointsVi } from '../labels';
import { AwardRowsComponent } from './award-rows.component';
import { RecordsStore } from './records.store';

/**
 * A unit's whole record: blocs by year with its head/deputy years, pledges, nominations, ballots,
 * awards and activity reports. (Scores and ranks join here once scoring is in: one more table.)
 */
@Component({
  selector: 'td-unit-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatProgressBarModule,
    AwardRowsComponent,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './unit-record-page.component.html',
  styleUrl: '../reports-page.scss',
})
export class UnitRecordPageComponent {
  /** `:id` from the address. */
  readonly id = input.required<string>();

  protected readonly store = inject(RecordsStore);
  protected readonly roleLabel = blocRoleLabel;
  protected readonly date = dateVi;
  protected readonly number = numberVi;
  protected readonly points = pointsVi;
  protected readonly percent = percentVi;
  protected readonly subheading = $localize`:@@rpUnitRecordSubtitle:Hồ sơ thi đua, khen thưởng của đơn vị qua các năm`;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.loadUnit(id));
    });
  }
}
