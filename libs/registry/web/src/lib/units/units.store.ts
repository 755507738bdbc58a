import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  CreateUnitRequest,
  UnitKindResponse,
  UnitListItemResponse,
  UnitTreeNode,
} from '@thidua/registry/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { saveDownload } from '../download';
import type { RequestStatus } from '../registry.status';
import { UnitKindsApi } from '../unit-kinds/unit-kinds.api';
import { type UnitTreeItem, buildUnitTree } from './unit-tree';
import { type UnitListQuery, UnitsApi } from './units.api';

export type UnitFilters = Pick<UnitListQuery, 'q' | 'kindId' | 'isArchived'>;
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
export class UnitsStore {
  private readonly api = inject(UnitsApi);
  private readonly kindsApi = inject(UnitKindsApi);
  private readonly queryState = signal<UnitListQuery>(DEFAULT_UNIT_QUERY);
  private readonly pageState = signal<Page<UnitListItemResponse> | null>(null);
  private readonly treeState = signal<UnitTreeNode[] | null>(null);
  private readonly kindsState = signal<UnitKindResponse[]>([]);
  private readonly viewState = signal<UnitsView>('table');
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isExportingState = signal(false);
  private requestId = 0;

  readonly query = this.queryState.asReadonly();
  readonly view = this.viewState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isExporting = this.isExportingState.asReadonly();
  readonly items = computed(() => this.pageState()?.items ?? []);
  readonly total = computed(() => this.pageState()?.total ?? 0);
  readonly tree = computed<UnitTreeItem[]>(() => buildUnitTree(this.treeState() ?? []));
  readonly isLoading = computed(() => this.statusState() === 'loading');
  /** Kinds a new unit may get (active ones). */
  readonly activeKinds = computed(() => this.kindsState().filter((kind) => kind.isActive));
  readonly kinds = this.kindsState.asReadonly();
  readonly hasFilters = computed(() => {
    const { q, kindId } = this.queryState();
    return !!q || !!kindId;
  });

  /** Loads what the current view shows. A slower older answer never overwrites a newer one. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      if (this.viewState() === 'tree') {
        const nodes = await firstValueFrom(this.api.tree(!!this.queryState().isArchived));
        if (id !== this.requestId) return;
        this.treeState.set(nodes);
      } else {
        const page = await firstValueFrom(this.api.list(this.queryState()));
        if (id !== this.requestId) return;
        this.pageState.set(page);
      }
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
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
  open(query: UnitListQuery, view: UnitsView): Promise<void> {
    this.queryState.set(query);
    this.viewState.set(view);
    return this.load();
  }

  setView(view: UnitsView): Promise<void> {
    this.viewState.set(view);
    return this.load();
  }

  /** Changes the filters and goes back to the first page. */
  filter(filters: UnitFilters): Promise<void> {
    this.queryState.update((query) => ({ ...query, ...filters, page: 1 }));
    return this.load();
  }

  sortBy(sort: string): Promise<void> {
    this.queryState.update((query) => ({ ...query, sort, page: 1 }));
    return this.load();
  }

  goToPage(page: number, pageSize: number): Promise<void> {
    this.queryState.update((query) => ({ ...query, page, pageSize }));
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
      saveDownload(await firstValueFrom(this.api.export(this.queryState())), 'don-vi.xlsx');
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
