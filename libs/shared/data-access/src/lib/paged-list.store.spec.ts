import { HttpErrorResponse } from '@angular/common/http';
import { Subject, type Observable, of, throwError } from 'rxjs';

import type { Page } from '@thidua/shared/contracts';

import { PagedListStore, type PagedQuery } from './paged-list.store';

interface Row {
  id: string;
  name: string;
}
type Query = PagedQuery & { q?: string; kind?: string };

const DEFAULTS: Query = { page: 1, pageSize: 20, sort: 'name' };

function page(...ids: string[]): Page<Row> {
  return {
    items: ids.map((id) => ({ id, name: `Đơn vị ${id}` })),
    total: ids.length,
    page: 1,
    pageSize: 20,
  };
}

class RowsStore extends PagedListStore<Query, Row> {
  readonly fetched: Query[] = [];
  answer: (query: Query) => Observable<Page<Row>> = () => of(page('a'));

  constructor() {
    super(DEFAULTS);
  }

  protected fetch(query: Query): Observable<Page<Row>> {
    this.fetched.push(query);
    return this.answer(query);
  }

  protected hasFiltersIn({ q, kind }: Query): boolean {
    return !!q || !!kind;
  }

  rename(id: string, name: string): void {
    this.updateItems((items) => items.map((row) => (row.id === id ? { ...row, name } : row)));
  }
}

describe('PagedListStore', () => {
  let store: RowsStore;

  beforeEach(() => {
    store = new RowsStore();
  });

  it('should load the page of the default query', async () => {
    expect(store.query()).toEqual(DEFAULTS);
    await store.load();
    expect(store.fetched).toEqual([DEFAULTS]);
    expect(store.items().map((row) => row.id)).toEqual(['a']);
    expect(store.total()).toBe(1);
    expect(store.status()).toBe('idle');
    expect(store.hasFilters()).toBe(false);
  });

  it('should go back to the first page when the filters or the sort change, and keep the page size', async () => {
    await store.goToPage(3, 50);
    expect(store.query()).toEqual({ ...DEFAULTS, page: 3, pageSize: 50 });
    await store.filter({ q: 'lao cai' });
    expect(store.query()).toEqual({ ...DEFAULTS, q: 'lao cai', page: 1, pageSize: 50 });
    expect(store.hasFilters()).toBe(true);
    await store.goToPage(2, 50);
    await store.sortBy('-name');
    expect(store.query()).toEqual({
      ...DEFAULTS,
      q: 'lao cai',
      page: 1,
      pageSize: 50,
      sort: '-name',
    });
    expect(store.fetched).toHaveLength(4);
  });

  it('should open on a query in place of the one shown before', async () => {
    await store.filter({ q: 'cũ', kind: 'khoi' });
    await store.open({ ...DEFAULTS, page: 2 });
    expect(store.query()).toEqual({ ...DEFAULTS, page: 2 });
    expect(store.hasFilters()).toBe(false);
  });

  it('should never let a slower, older answer overwrite a newer one', async () => {
    const slow = new Subject<Page<Row>>();
    store.answer = (query) => (query.q ? of(page('new')) : slow);
    const first = store.load();
    await store.filter({ q: 'new' });
    slow.next(page('old'));
    slow.complete();
    await first;
    expect(store.items().map((row) => row.id)).toEqual(['new']);
    expect(store.status()).toBe('idle');
  });

  it('should keep the error of a failed load, in the user’s language, until the next load', async () => {
    store.answer = () =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 403,
            error: { statusCode: 403, code: 'common.forbidden', message: 'Không có quyền' },
          }),
      );
    await store.load();
    expect(store.status()).toBe('error');
    expect(store.error()?.message).toBe('Bạn không có quyền thực hiện thao tác này.');
    store.answer = () => of(page('b'));
    const reload = store.load();
    expect(store.isLoading()).toBe(true);
    expect(store.error()).toBeNull();
    await reload;
    expect(store.items().map((row) => row.id)).toEqual(['b']);
  });

  it('should change a row of the page shown', async () => {
    await store.load();
    store.rename('a', 'Sở Tài chính');
    expect(store.items()).toEqual([{ id: 'a', name: 'Sở Tài chính' }]);
  });
});
