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
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTreeModule } from '@angular/material/tree';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

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

import { snackClose } from '../labels';
import { REGISTRY_ACCESS, canCreateUnits } from '../registry-access';
import { REGISTRY_PATHS } from '../registry.paths';
import { UnitFormDialogComponent, UnitFormDialogData } from './unit-form-dialog.component';
import type { UnitTreeItem } from './unit-tree';
import type { UnitListQuery } from './units.api';
import { DEFAULT_UNIT_QUERY, UnitsStore, UnitsView } from './units.store';

type UnitsPageQuery = UnitListQuery & { view: UnitsView };

/** What the units page keeps in the address. */
const UNITS_URL_FIELDS: ListQueryFields<UnitsPageQuery> = {
  q: queryField.text,
  kindId: queryField.id,
  isArchived: queryField.boolean,
  sort: queryField.oneOf(sortValues(['code', 'name', 'shortName', 'kind'])),
  view: queryField.oneOf<UnitsView>(['table', 'tree']),
  ...pagingFields(),
};

/** All units: a server-paged table with search and filters, or the whole hierarchy as a tree. */
@Component({
  selector: 'td-units-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    MatTreeModule,
    EmptyStateComponent,
    ListFooterComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './units-page.component.html',
  styleUrls: ['../registry-page.scss', './units-page.component.scss'],
})
export class UnitsPageComponent {
  protected readonly store = inject(UnitsStore);
  private readonly access = inject(REGISTRY_ACCESS);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  protected readonly paths = REGISTRY_PATHS;
  protected readonly heading = $localize`:@@unitsTitle:Đơn vị`;
  protected readonly subheading = $localize`:@@unitsSubtitle:Các cơ quan, đơn vị, địa phương tham gia phong trào thi đua.`;
  protected readonly columns = ['code', 'name', 'shortName', 'kind', 'status'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly kindFilter = new FormControl('', { nonNullable: true });
  protected readonly showArchived = new FormControl(false, { nonNullable: true });
  protected readonly childrenAccessor = (node: UnitTreeItem) => node.children;
  protected readonly hasChild = (_: number, node: UnitTreeItem) => node.children.length > 0;
  protected readonly trackNode = (_: number, node: UnitTreeItem) => node.id;
  protected readonly sortHeader = computed(() => sortHeaderState(this.store.query().sort));

  constructor() {
    const { view, ...query } = bindListQueryToUrl<UnitsPageQuery>({
      fields: UNITS_URL_FIELDS,
      query: computed(() => ({ ...this.store.query(), view: this.store.view() })),
      defaults: { ...DEFAULT_UNIT_QUERY, view: 'table' },
    });
    this.search.setValue(query.q ?? '');
    this.kindFilter.setValue(query.kindId ?? '');
    this.showArchived.setValue(query.isArchived === undefined);
    void this.store.open(query, view);
    void this.store.loadKinds();
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.applyFilters());
  }

  protected canCreate(): boolean {
    return canCreateUnits(this.access);
  }

  protected applyFilters(): Promise<void> {
    return this.store.filter({
      q: this.search.value.trim() || undefined,
      kindId: this.kindFilter.value || undefined,
      isArchived: this.showArchived.value ? undefined : false,
    });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.kindFilter.setValue('');
    void this.applyFilters();
  }

  protected setView(event: MatButtonToggleChange): void {
    void this.store.setView(event.value as UnitsView);
  }

  protected sortBy(sort: Sort): void {
    const field = sort.direction ? sort.active : 'name';
    void this.store.sortBy(sort.direction === 'desc' ? `-${field}` : field);
  }

  protected goToPage(event: PageEvent): void {
    void this.store.goToPage(event.pageIndex + 1, event.pageSize);
  }

  protected addUnit(): void {
    const data: UnitFormDialogData = {
      kinds: this.store.activeKinds(),
      save: (request) => this.store.create(request),
      searchUnits: (q) => this.store.searchUnits(q),
    };
    this.dialog
      .open(UnitFormDialogComponent, {
        data,
        injector: this.injector,
        width: '640px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notify($localize`:@@unitCreated:Đã thêm đơn vị.`);
      });
  }

  protected async exportUnits(): Promise<void> {
    const error = await this.store.export();
    if (error) this.notify(error.message);
  }

  private notify(message: string): void {
    this.snackBar.open(message, snackClose(), { duration: 4000 });
  }

  protected unitsTreeToggleLabel(name: string): string {
    return $localize`:@@unitsTreeToggle:Mở/đóng các đơn vị trực thuộc ${name}:INTERPOLATION:`;
  }
}
