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
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import {
  BENEFICIARY_KINDS,
  type BeneficiaryKind,
  NOMINATION_STATUSES,
  type NominationListQuery,
  type NominationStatus,
} from '@thidua/awards/contracts';
import { MAX_TERM_YEAR, MIN_TERM_YEAR } from '@thidua/registry/contracts';
import {
  type ListQueryFields,
  bindListQueryToUrl,
  pagingFields,
  queryField,
} from '@thidua/shared/data-access';
import {
  CardTableDirective,
  EmptyStateComponent,
  ListFooterComponent,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import { AWARDS_ACCESS, canNominate } from '../awards-access';
import { AWARDS_PATHS, nominationPath, personPath } from '../awards.paths';
import { selectableYears } from '../awards.status';
import {
  beneficiaryKindIcon,
  beneficiaryKindLabel,
  nominationStatusLabel,
  unitLabel,
  voteLabel,
} from '../labels';
import { DEFAULT_NOMINATION_QUERY, NominationsListStore } from './nominations-list.store';

/** What the nominations page keeps in the address. */
const NOMINATIONS_URL_FIELDS: ListQueryFields<NominationListQuery> = {
  q: queryField.text,
  year: queryField.int(MIN_TERM_YEAR, MAX_TERM_YEAR),
  blocId: queryField.id,
  awardTypeId: queryField.id,
  status: queryField.oneOf(NOMINATION_STATUSES),
  beneficiaryKind: queryField.oneOf(BENEFICIARY_KINDS),
  ...pagingFields(),
};

/** Nominations (đề nghị khen thưởng): a server-paged, filterable table. */
@Component({
  selector: 'td-nominations-list-page',
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
    MatTableModule,
    EmptyStateComponent,
    ListFooterComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './nominations-list-page.component.html',
  styleUrl: '../awards-page.scss',
})
export class NominationsListPageComponent {
  protected readonly store = inject(NominationsListStore);
  private readonly access = inject(AWARDS_ACCESS);

  protected readonly paths = AWARDS_PATHS;
  protected readonly nominationPath = nominationPath;
  protected readonly personPath = personPath;
  protected readonly kinds = BENEFICIARY_KINDS;
  protected readonly statuses = NOMINATION_STATUSES;
  protected readonly years = selectableYears();
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly kindIcon = beneficiaryKindIcon;
  protected readonly statusLabel = nominationStatusLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly voteLabel = voteLabel;
  protected readonly heading = $localize`:@@awNominationsTitle:Đề nghị khen thưởng`;
  protected readonly subheading = $localize`:@@awNominationsSubtitle:Đề nghị tặng danh hiệu, hình thức khen thưởng cho tập thể, cá nhân và hộ gia đình, từ khi lập tới khi có quyết định.`;
  protected readonly columns = [
    'year',
    'beneficiary',
    'award',
    'proposingUnit',
    'bloc',
    'status',
    'checks',
    'vote',
  ];
  protected readonly canCreate = computed(() => canNominate(this.access));
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly yearFilter = new FormControl<number | null>(null);
  protected readonly blocFilter = new FormControl('', { nonNullable: true });
  protected readonly awardFilter = new FormControl('', { nonNullable: true });
  protected readonly statusFilter = new FormControl<NominationStatus | ''>('', {
    nonNullable: true,
  });
  protected readonly kindFilter = new FormControl<BeneficiaryKind | ''>('', { nonNullable: true });

  constructor() {
    const query = bindListQueryToUrl<NominationListQuery>({
      fields: NOMINATIONS_URL_FIELDS,
      query: this.store.query,
      defaults: DEFAULT_NOMINATION_QUERY,
    });
    this.search.setValue(query.q ?? '');
    this.yearFilter.setValue(query.year ?? null);
    this.blocFilter.setValue(query.blocId ?? '');
    this.awardFilter.setValue(query.awardTypeId ?? '');
    this.statusFilter.setValue(query.status ?? '');
    this.kindFilter.setValue(query.beneficiaryKind ?? '');
    void this.store.open(query);
    void this.store.loadChoices(query.year);
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.applyFilters());
  }

  protected blockersLabel(count: number): string {
    return $localize`:@@awBlockersCount:${count}:count: điều kiện chặn`;
  }

  protected warningsLabel(count: number): string {
    return $localize`:@@awWarningsCount:${count}:count: cảnh báo`;
  }

  protected changeYear(): void {
    this.blocFilter.setValue('');
    void this.store.loadChoices(this.yearFilter.value ?? undefined);
    void this.applyFilters();
  }

  protected applyFilters(): Promise<void> {
    return this.store.filter({
      q: this.search.value.trim() || undefined,
      year: this.yearFilter.value ?? undefined,
      blocId: this.blocFilter.value || undefined,
      awardTypeId: this.awardFilter.value || undefined,
      status: this.statusFilter.value || undefined,
      beneficiaryKind: this.kindFilter.value || undefined,
    });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.yearFilter.setValue(null);
    this.blocFilter.setValue('');
    this.awardFilter.setValue('');
    this.statusFilter.setValue('');
    this.kindFilter.setValue('');
    void this.applyFilters();
  }

  protected goToPage(event: PageEvent): void {
    void this.store.goToPage(event.pageIndex + 1, event.pageSize);
  }
}
