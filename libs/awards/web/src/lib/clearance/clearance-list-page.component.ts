import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import type { ClearanceKind } from '@thidua/awards/contracts';
import { EmptyStateComponent, PageHeaderComponent, ServerMessagePipe } from '@thidua/shared/ui';

import { AWARDS_ACCESS } from '../awards-access';
import { isoToDisplayDate } from '../labels';
import { CLEARANCE_PATHS, clearanceKindLabel } from './clearance-labels';
import { ClearanceStore } from './clearance.store';

/**
 * The requests of one kind: every one for the board (which opens new ones), the ones sent to its
 * office for a clearance office (its home). Cards, so that it reads on a phone.
 */
@Component({
  selector: 'td-clearance-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    EmptyStateComponent,
    PageHeaderComponent,
    ServerMessagePipe,
  ],
  templateUrl: './clearance-list-page.component.html',
  styleUrl: './clearance.scss',
})
export class ClearanceListPageComponent {
  /** From the route's data. */
  readonly kind = input.required<ClearanceKind>();

  protected readonly store = inject(ClearanceStore);
  private readonly access = inject(AWARDS_ACCESS);
  protected readonly canManage = computed(() => this.access.can('clearance.manage'));
  protected readonly isOffice = computed(() => this.access.user()?.role === 'clearance');
  protected readonly heading = computed(() => clearanceKindLabel(this.kind()));
  protected readonly base = computed(() => CLEARANCE_PATHS[this.kind()]);
  protected readonly subheading = computed(() =>
    this.isOffice()
      ? $localize`:@@clrListSubheadingOffice:Các đối tượng được gửi đến cơ quan của bạn: trả lời từng người.`
      : $localize`:@@clrListSubheadingBoard:Gửi danh sách đối tượng đề nghị khen thưởng đến các cơ quan để xác nhận trước khi Hội đồng xét.`,
  );
  protected readonly displayDate = isoToDisplayDate;

  constructor() {
    effect(() => void this.store.loadList(this.kind()));
  }

  protected isLate(dueDate: string): boolean {
    return dueDate < new Date().toISOString().slice(0, 10);
  }
}
