import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import {
  MOVEMENT_KINDS,
  MOVEMENT_STATUSES,
  type MovementKind,
  type MovementListQuery,
  type MovementStatus,
} from '@thidua/movements/contracts';
import { MAX_TERM_YEAR, MIN_TERM_YEAR } from '@thidua/registry/contracts';
import {
  type ListQueryFields,
  bindListQueryToUrl,
  pagingFields,
  queryField,
  sortHeaderState,
  sortValues,
} from '@thidua/shared/data-access';
import {
  CardTableDirective,
  EmptyStateComponent,
  ListFooterComponent,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import { isoToDisplayDate, movementKindLabel, movementStatusLabel, numberVi } from '../labels';
import { MOVEMENTS_ACCESS, canCreateMovements } from '../movements-access';
import { MOVEMENTS_PATHS } from '../movements.paths';
import { selectableYears } from '../movements.status';
import {
  DEFAULT_MOVEMENT_QUERY,
  DEFAULT_MOVEMENT_SORT,
  MovementsListStore,
} from './movements-list.store';

/** What the movements page keeps in the address. */
const MOVEMENTS_URL_FIELDS: ListQueryFields<MovementListQuery> = {
  q: queryField.text,
  kind: queryField.oneOf(MOVEMENT_KINDS),
  status: queryField.oneOf(MOVEMENT_STATUSES),
  year: queryField.int(MIN_TERM_YEAR, MAX_TERM_YEAR),
  sort: queryField.oneOf(sortValues(['title', 'startDate', 'status'])),
  ...pagingFields(),
};

/** Emulation movements and campaigns: a server-paged, searchable, filterable table. */
@Component({
  selector: 'td-movements-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    EmptyStateComponent,
    ListFooterComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './movements-list-page.component.html',
  styleUrl: '../movements-page.scss',
})
export class MovementsListPageComponent {
  protected readonly store = inject(MovementsListStore);
  private readonly access = inject(MOVEMENTS_ACCESS);

  protected readonly paths = MOVEMENTS_PATHS;
  protected readonly kinds = MOVEMENT_KINDS;
  protected readonly statuses = MOVEMENT_STATUSES;
  protected readonly kindLabel = movementKindLabel;
  protected readonly statusLabel = movementStatusLabel;
  protected readonly date = isoToDisplayDate;
  protected readonly number = numberVi;
  protected readonly years = selectableYears();
  protected readonly heading = $localize`:@@mvListTitle:Phong trào thi đua`;
  protected readonly subheading = $localize`:@@mvListSubtitle:Phong trào thường xuyên, chuyên đề và các đợt thi đua đặc biệt với chỉ tiêu, đơn vị tham gia và kết quả.`;
  protected readonly columns = [
    'title',
    'kind',
    'launchingAuthority',
    'startDate',
    'endDate',
    'status',
    'participants',
  ];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly kindFilter = new FormControl<MovementKind | ''>('', { nonNullable: true });
  protected readonly statusFilter = new FormControl<MovementStatus | ''>('', { nonNullable: true });
  protected readonly yearFilter = new FormControl<number | null>(null);
  protected readonly sortHeader = computed(() => sortHeaderState(this.store.query().sort));

  constructor() {
    const query = bindListQueryToUrl({
      fields: MOVEMENTS_URL_FIELDS,
      query: this.store.query,
      defaults: DEFAULT_MOVEMENT_QUERY,
    });
    this.search.setValue(query.q ?? '');
    this.kindFilter.setValue(query.kind ?? '');
    this.statusFilter.setValue(query.status ?? '');
    this.yearFilter.setValue(query.year ?? null);
    void this.store.open(query);
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.applyFilters());
  }

  protected canCreate(): boolean {
    return canCreateMovements(this.access);
  }

  protected applyFilters(): Promise<void> {
    return this.store.filter({
      q: this.search.value.trim() || undefined,
      kind: this.kindFilter.value || undefined,
      status: this.statusFilter.value || undefined,
      year: this.yearFilter.value ?? undefined,
    });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.kindFilter.setValue('');
    this.statusFilter.setValue('');
    this.yearFilter.setValue(null);
    void this.applyFilters();
  }

  protected sortBy(sort: Sort): void {
    if (!sort.direction) {
      void this.store.sortBy(DEFAULT_MOVEMENT_SORT);
      return;
    }
    void this.store.sortBy(sort.direction === 'desc' ? `-${sort.active}` : sort.active);
  }

  protected goToPage(event: PageEvent): void {
    void this.store.goToPage(event.pageIndex + 1, event.pageSize);
  }
}
