import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { DOCUMENTS_ACCESS, canBuildAwardLists } from '../documents-access';
import { DOCUMENTS_PATHS } from '../documents.paths';
import { awardListStatusLabel, countsLabel, selectableYears } from '../labels';
import { AwardListsListStore } from './award-lists-list.store';

/** The award lists (danh sách đề nghị khen thưởng) with their status and counts. */
@Component({
  selector: 'td-award-lists-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './award-lists-list-page.component.html',
  styleUrl: '../documents-page.scss',
})
export class AwardListsListPageComponent {
  protected readonly store = inject(AwardListsListStore);
  private readonly access = inject(DOCUMENTS_ACCESS);

  protected readonly paths = DOCUMENTS_PATHS;
  protected readonly statusLabel = awardListStatusLabel;
  protected readonly counts = countsLabel;
  protected readonly years = selectableYears();
  protected readonly heading = $localize`:@@alListTitle:Danh sách khen thưởng`;
  protected readonly subheading = $localize`:@@alListSubtitle:Danh sách đề nghị khen thưởng gửi tỉnh, kèm tờ trình, quyết định và in bằng khen.`;
  protected readonly columns = ['title', 'year', 'bloc', 'status', 'counts'];
  protected readonly yearFilter = new FormControl<number | null>(null);

  constructor() {
    void this.store.load();
  }

  protected canBuild(): boolean {
    return canBuildAwardLists(this.access);
  }

  protected filterByYear(): void {
    void this.store.filterByYear(this.yearFilter.value);
  }
}
