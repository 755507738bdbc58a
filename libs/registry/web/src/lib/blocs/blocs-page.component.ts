import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  computed,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { DecimalPipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import {
  BLOC_KINDS,
  type BlocKind,
  MAX_TERM_YEAR,
  MIN_TERM_YEAR,
} from '@thidua/registry/contracts';
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

import { blocKindLabel, snackClose, unitLabel } from '../labels';
import { REGISTRY_ACCESS } from '../registry-access';
import { REGISTRY_PATHS } from '../registry.paths';
import { selectableYears } from '../registry.status';
import { BlocFormDialogComponent, BlocFormDialogData } from './bloc-form-dialog.component';
import type { BlocListQuery } from './blocs.api';
import { WorkingYear } from '../working-year';
import { BlocsStore, defaultBlocQuery } from './blocs.store';

/** What the blocs page keeps in the address (`?year=` also comes from links to it). */
const BLOCS_URL_FIELDS: ListQueryFields<BlocListQuery> = {
  year: queryField.int(MIN_TERM_YEAR, MAX_TERM_YEAR),
  q: queryField.text,
  kind: queryField.oneOf(BLOC_KINDS),
  sort: queryField.oneOf(sortValues(['name', 'kind'])),
  ...pagingFields(),
};

/** Blocs (khối) and clusters (cụm) with their members, head and deputy in the chosen year. */
@Component({
  selector: 'td-blocs-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecimalPipe,
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
  templateUrl: './blocs-page.component.html',
  styleUrl: '../registry-page.scss',
})
export class BlocsPageComponent {
  protected readonly store = inject(BlocsStore);
  private readonly access = inject(REGISTRY_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly workingYear = inject(WorkingYear);

  protected readonly paths = REGISTRY_PATHS;
  protected readonly kinds = BLOC_KINDS;
  protected readonly kindLabel = blocKindLabel;
  protected readonly unitLabel = unitLabel;
  protected readonly years = selectableYears();
  protected readonly heading = $localize`:@@blocsTitle:Khối, cụm thi đua`;
  protected readonly subheading = $localize`:@@blocsSubtitle:Các khối, cụm thi đua với thành viên, Trưởng khối và Phó khối theo từng năm.`;
  protected readonly columns = ['name', 'kind', 'memberCount', 'head', 'deputy'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly kindFilter = new FormControl<BlocKind | ''>('', { nonNullable: true });
  protected readonly yearFilter = new FormControl(0, { nonNullable: true });
  protected readonly sortHeader = computed(() => sortHeaderState(this.store.query().sort));

  constructor() {
    const query = bindListQueryToUrl({
      fields: BLOCS_URL_FIELDS,
      query: this.store.query,
      defaults: defaultBlocQuery(this.workingYear.year()),
    });
    this.search.setValue(query.q ?? '');
    this.kindFilter.setValue(query.kind ?? '');
    this.yearFilter.setValue(this.workingYear.or(query.year ?? null));
    void this.store.open(query);
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.applyFilters());
  }

  protected canCreate(): boolean {
    return this.access.can('registry.manage');
  }

  protected applyFilters(): Promise<void> {
    return this.store.filter({
      q: this.search.value.trim() || undefined,
      kind: this.kindFilter.value || undefined,
      year: this.yearFilter.value,
    });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.kindFilter.setValue('');
    void this.applyFilters();
  }

  protected sortBy(sort: Sort): void {
    const field = sort.direction ? sort.active : 'name';
    void this.store.sortBy(sort.direction === 'desc' ? `-${field}` : field);
  }

  protected goToPage(event: PageEvent): void {
    void this.store.goToPage(event.pageIndex + 1, event.pageSize);
  }

  protected addBloc(): void {
    const data: BlocFormDialogData = {
      canEditNameAndKind: true,
      save: (request) =>
        this.store.create({ name: request.name ?? '', kind: request.kind ?? 'khoi', ...request }),
    };
    this.dialog
      .open(BlocFormDialogComponent, {
        data,
        injector: this.injector,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@blocCreated:Đã thêm khối, cụm.`);
      });
  }

  protected async exportBlocs(): Promise<void> {
    const error = await this.store.export();
    if (error) this.notify(error.message);
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 4000 });
  }
}
