import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { BENEFICIARY_KINDS, type BeneficiaryKind } from '@thidua/awards/contracts';
import { MAX_TERM_YEAR, MIN_TERM_YEAR } from '@thidua/registry/contracts';
import { unitPath } from '@thidua/registry/web';
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

import { AWARDS_ACCESS, isAwardsAdmin } from '../awards-access';
import { AWARDS_PATHS, personPath } from '../awards.paths';
import { selectableYears } from '../awards.status';
import {
  beneficiaryKindIcon,
  beneficiaryKindLabel,
  isoToDisplayDate,
  snackClose,
  unitLabel,
} from '../labels';
import {
  AwardHistoryDialogComponent,
  type AwardHistoryDialogData,
} from './award-history-dialog.component';
import type { AwardHistoryQuery } from './award-history.api';
import { AwardHistoryStore, DEFAULT_AWARD_HISTORY_QUERY } from './award-history.store';

/** What the award history page keeps in the address. */
const AWARD_HISTORY_URL_FIELDS: ListQueryFields<AwardHistoryQuery> = {
  q: queryField.text,
  year: queryField.int(MIN_TERM_YEAR, MAX_TERM_YEAR),
  awardTypeId: queryField.id,
  beneficiaryKind: queryField.oneOf(BENEFICIARY_KINDS),
  ...pagingFields(),
};

/** Awards received (lịch sử khen thưởng): a server-paged, filterable table; admins add and import. */
@Component({
  selector: 'td-award-history-page',
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
  templateUrl: './award-history-page.component.html',
  styleUrl: '../awards-page.scss',
})
export class AwardHistoryPageComponent {
  protected readonly store = inject(AwardHistoryStore);
  private readonly access = inject(AWARDS_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly paths = AWARDS_PATHS;
  protected readonly personPath = personPath;
  protected readonly unitPath = unitPath;
  protected readonly kinds = BENEFICIARY_KINDS;
  protected readonly years = selectableYears();
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly kindIcon = beneficiaryKindIcon;
  protected readonly unitLabel = unitLabel;
  protected readonly date = isoToDisplayDate;
  protected readonly isAdmin = isAwardsAdmin(this.access);
  protected readonly heading = $localize`:@@awHistoryTitle:Lịch sử khen thưởng`;
  protected readonly subheading = $localize`:@@awHistorySubtitle:Danh hiệu và hình thức khen thưởng tập thể, cá nhân, hộ gia đình đã nhận, căn cứ để xét các danh hiệu cao hơn.`;
  protected readonly columns = ['year', 'award', 'beneficiary', 'unit', 'decision'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly yearFilter = new FormControl<number | null>(null);
  protected readonly awardFilter = new FormControl('', { nonNullable: true });
  protected readonly kindFilter = new FormControl<BeneficiaryKind | ''>('', { nonNullable: true });

  constructor() {
    const query = bindListQueryToUrl({
      fields: AWARD_HISTORY_URL_FIELDS,
      query: this.store.query,
      defaults: DEFAULT_AWARD_HISTORY_QUERY,
    });
    this.search.setValue(query.q ?? '');
    this.yearFilter.setValue(query.year ?? null);
    this.awardFilter.setValue(query.awardTypeId ?? '');
    this.kindFilter.setValue(query.beneficiaryKind ?? '');
    void this.store.open(query);
    void this.store.loadAwardTypes();
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.applyFilters());
  }

  protected applyFilters(): Promise<void> {
    return this.store.filter({
      q: this.search.value.trim() || undefined,
      year: this.yearFilter.value ?? undefined,
      awardTypeId: this.awardFilter.value || undefined,
      beneficiaryKind: this.kindFilter.value || undefined,
    });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.yearFilter.setValue(null);
    this.awardFilter.setValue('');
    this.kindFilter.setValue('');
    void this.applyFilters();
  }

  protected goToPage(event: PageEvent): void {
    void this.store.goToPage(event.pageIndex + 1, event.pageSize);
  }

  protected add(): void {
    const data: AwardHistoryDialogData = {
      awardTypes: this.store.awardTypes(),
      searchBeneficiaries: (kind, q) => this.store.searchBeneficiaries(kind, q),
      save: (request) => this.store.create(request),
    };
    this.dialog
      .open<AwardHistoryDialogComponent, AwardHistoryDialogData, boolean>(
        AwardHistoryDialogComponent,
        { data, width: '600px', maxWidth: '95vw' },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (saved)
          this.snackBar.open($localize`:@@awHistorySaved:Đã thêm khen thưởng.`, snackClose(), {
            duration: 4000,
          });
      });
  }
}
