import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, convertToParamMap, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  type ListQueryFields,
  bindListQueryToUrl,
  listQueryParams,
  pagingFields,
  queryField,
  readListQuery,
  sortHeaderState,
  sortValues,
} from './list-query-url';

interface Query {
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  kind?: 'khoi' | 'cum';
  year?: number;
  isArchived?: boolean;
  unitId?: string;
  from?: string;
}

const FIELDS: ListQueryFields<Query> = {
  q: queryField.text,
  kind: queryField.oneOf(['khoi', 'cum'] as const),
  year: queryField.int(2000, 2100),
  isArchived: queryField.boolean,
  unitId: queryField.id,
  from: queryField.date,
  sort: queryField.oneOf(sortValues(['name', 'kind'])),
  ...pagingFields(),
};
const DEFAULTS: Query = { page: 1, pageSize: 20, sort: 'name', isArchived: false };

describe('list query in the address', () => {
  it('should read each field it knows and leave out what it cannot read', () => {
    const params = convertToParamMap({
      q: '  lào cai ',
      kind: 'cum',
      year: '2024',
      isArchived: 'true',
      unitId: 'ABCDEF01-2345-6789-ABCD-EF0123456789',
      from: '2024-02-29',
      sort: '-kind',
      page: '3',
      pageSize: '50',
      other: 'x',
    });
    expect(readListQuery(params, FIELDS)).toEqual({
      q: 'lào cai',
      kind: 'cum',
      year: 2024,
      isArchived: true,
      unitId: 'abcdef01-2345-6789-abcd-ef0123456789',
      from: '2024-02-29',
      sort: '-kind',
      page: 3,
      pageSize: 50,
    });
    const bad = convertToParamMap({
      q: '   ',
      kind: 'tinh',
      year: '1999',
      isArchived: 'yes',
      unitId: "1' OR '1'='1",
      from: '2023-02-29',
      sort: 'password',
      page: '0',
      pageSize: '1000',
    });
    expect(readListQuery(bad, FIELDS)).toEqual({});
    expect(readListQuery(convertToParamMap({ page: '2.5', year: '20e3' }), FIELDS)).toEqual({});
  });

  it('should cut a long search to what the API takes', () => {
    const query = readListQuery(convertToParamMap({ q: 'a'.repeat(500) }), FIELDS);
    expect(query.q).toHaveLength(200);
  });

  it('should write the fields that differ from the defaults and clear the others', () => {
    expect(
      listQueryParams({ ...DEFAULTS, q: 'sở', page: 2, year: 2023 }, DEFAULTS, FIELDS),
    ).toEqual({
      q: 'sở',
      kind: null,
      year: '2023',
      isArchived: null,
      unitId: null,
      from: null,
      sort: null,
      page: '2',
      pageSize: null,
    });
    expect(
      listQueryParams({ ...DEFAULTS, q: '', isArchived: undefined }, DEFAULTS, FIELDS),
    ).toEqual(expect.objectContaining({ q: null, isArchived: null }));
  });

  it('should show a sort as the header shows it', () => {
    expect(sortHeaderState('-startDate')).toEqual({ active: 'startDate', direction: 'desc' });
    expect(sortHeaderState('name')).toEqual({ active: 'name', direction: 'asc' });
    expect(sortHeaderState(undefined)).toEqual({ active: '', direction: 'asc' });
  });
});

@Component({ template: '' })
class ListPageComponent {
  readonly query = signal<Query>(DEFAULTS);
  readonly opened = bindListQueryToUrl({ fields: FIELDS, query: this.query, defaults: DEFAULTS });
}

describe('bindListQueryToUrl', () => {
  async function open(url: string): Promise<{ page: ListPageComponent; router: Router }> {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'list', component: ListPageComponent }])],
    });
    const harness = await RouterTestingHarness.create();
    const page = await harness.navigateByUrl(url, ListPageComponent);
    return { page, router: TestBed.inject(Router) };
  }

  it('should open the list on what the address asks for, over the defaults', async () => {
    const { page } = await open('/list?q=lao%20cai&page=2&sort=-kind&year=abc');
    expect(page.opened).toEqual({ ...DEFAULTS, q: 'lao cai', page: 2, sort: '-kind' });
  });

  it('should follow the query in the address, keep other parameters and replace the entry', async () => {
    const { page, router } = await open('/list?tab=2');
    const navigate = jest.spyOn(router, 'navigate');
    page.query.set({ ...DEFAULTS, q: 'sở tài chính', kind: 'khoi', page: 3 });
    TestBed.tick();
    await navigate.mock.results[0]?.value;
    expect(router.url).toBe('/list?tab=2&q=s%E1%BB%9F%20t%C3%A0i%20ch%C3%ADnh&kind=khoi&page=3');
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ replaceUrl: true, queryParamsHandling: 'merge' }),
    );

    page.query.set(DEFAULTS);
    TestBed.tick();
    await navigate.mock.results[1]?.value;
    expect(router.url).toBe('/list?tab=2');
  });

  it('should not navigate when the address already shows the query', async () => {
    const { page, router } = await open('/list?q=lao');
    const navigate = jest.spyOn(router, 'navigate');
    page.query.set({ ...DEFAULTS, q: 'lao' });
    TestBed.tick();
    expect(navigate).not.toHaveBeenCalled();
  });
});
