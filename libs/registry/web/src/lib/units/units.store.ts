import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  CreateUnitRequest,
  UnitKindResponse,
  UnitListItemResponse,
  UnitTreeNode,
} from '@thidua/registry/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { PagedListStore, toApiError, saveDownload } from '@thidua/shared/data-access';

import { UnitKindsApi } from '../unit-kinds/unit-kinds.api';
import { type UnitTreeItem, buildUnitTree } from './unit-tree';
import { type UnitListQuery, UnitsApi } from './units.api';

export type UnitsView = 'table' | 'tree';

/** The units list with nothing chosen: by name, archived units left out. */
export const DEFAULT_UNIT_QUERY: UnitListQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: 'name',
  isArchived: false,
};

/** The units page: one server page of units (or the whole tree) and the query behind it. */
@Injectable()
export class UnitsStore extends PagedListStore<UnitListQuery, UnitListItemResponse> {
  private readonly api = inject(UnitsApi);
  private readonly kindsApi = inject(UnitKindsApi);
  private readonly treeState = signal<UnitTreeNode[] | null>(null);
  private readonly kindsState = signal<UnitKindResponse[]>([]);
  private readonly viewState = signal<UnitsView>('table');
  private readonly isExportingState = signal(false);

  readonly view = this.viewState.asReadonly();
  readonly isExporting = this.isExportingState.asReadonly();
  readonly tree = computed<UnitTreeItem[]>(() => buildUnitTree(this.treeState() ?? []));
  /** Kinds a new unit may get (active ones). */
  readonly activeKinds = computed(() => this.kindsState().filter((kind) => kind.isActive));
  readonly kinds = this.kindsState.asReadonly();

  constructor() {
    super(DEFAULT_UNIT_QUERY);
  }

  protected fetch(query: UnitListQuery): Observable<Page<UnitListItemResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn({ q, kindId }: UnitListQuery): boolean {
    return !!q || !!kindId;
  }

  /** Loads what the current view shows: a page of the table, or the whole tree. */
  override load(): Promise<void> {
    if (this.viewState() === 'table') return super.load();
    // Archived units are in the tree when the list shows them too (no `isArchived: false`).
    const includeArchived = this.query().isArchived !== false;
    return this.track(
      () => firstValueFrom(this.api.tree(includeArchived)),
      (nodes) => this.treeState.set(nodes),
    );
  }

  /** Loads the unit kinds for the filter and the form (best effort). */
  async loadKinds(): Promise<void> {
    try {
      this.kindsState.set(await firstValueFrom(this.kindsApi.list()));
    } catch {
      this.kindsState.set([]);
    }
  }

  /** Opens the list on `query` and `view` (what the address asks for), whatever it showed before. */
  override open(query: UnitListQuery, view: UnitsView = 'table'): Promise<void> {
    this.viewState.set(view);
    return super.open(query);
  }

  setView(view: UnitsView): Promise<void> {
    this.viewState.set(view);
    return this.load();
  }

  /** Registers a unit and reloads. Resolves to null on success, else to the error. */
  async create(request: CreateUnitRequest): Promise<ApiError | null> {
    try {
      await firstValueFrom(this.api.create(request));
      void this.load();
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Downloads the list, with the current filters, as an Excel file. */
  async export(): Promise<ApiError | null> {
    this.isExportingState.set(true);
    try {
      saveDownload(await firstValueFrom(this.api.export(this.query())), 'Danh sách đơn vị.xlsx');
      return null;
    } catch (error) {
      return toApiError(error);
    } finally {
      this.isExportingState.set(false);
    }
  }

  /** Units whose name or code matches (diacritics ignored by the server), for pickers. */
  searchUnits(q: string): Observable<UnitListItemResponse[]> {
    return this.api
      .list({ q: q || undefined, page: 1, pageSize: 20, sort: 'name' })
      .pipe(map((page) => page.items));
  }
}
