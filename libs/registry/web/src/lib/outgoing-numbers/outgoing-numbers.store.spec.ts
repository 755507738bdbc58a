import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { OutgoingNumberResponse } from '@thidua/registry/contracts';

import { OrganisationApi } from '../organisation/organisation.api';
import { OutgoingNumbersApi } from './outgoing-numbers.api';
import { DEFAULT_OUTGOING_QUERY, OutgoingNumbersStore } from './outgoing-numbers.store';

function taken(number: number): OutgoingNumberResponse {
  return {
    id: `o${number}`,
    bodyCode: 'ubnd',
    bodyName: 'Ủy ban nhân dân tỉnh',
    year: 2025,
    number,
    symbol: `${number}/QĐ-UBND`,
    documentKind: 'decision',
    documentDate: '2025-03-02',
    subject: 'Về việc tặng Bằng khen',
    takenBy: 'admin',
    takenAt: '2025-03-02T03:00:00Z',
  };
}

describe('OutgoingNumbersStore', () => {
  let api: { list: jest.Mock; take: jest.Mock };
  let organisation: { profile: jest.Mock };
  let store: OutgoingNumbersStore;

  beforeEach(() => {
    api = { list: jest.fn(), take: jest.fn() };
    organisation = { profile: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        OutgoingNumbersStore,
        { provide: OutgoingNumbersApi, useValue: api },
        { provide: OrganisationApi, useValue: organisation },
      ],
    });
    store = TestBed.inject(OutgoingNumbersStore);
  });

  it('should filter by body and year from the first page, and say it filters', async () => {
    api.list.mockReturnValue(of({ items: [taken(2), taken(1)], total: 2, page: 1, pageSize: 20 }));
    await store.goToPage(3, 20);
    await store.filter({ bodyCode: 'ubnd', year: 2025 });
    expect(api.list).toHaveBeenLastCalledWith({
      ...DEFAULT_OUTGOING_QUERY,
      page: 1,
      bodyCode: 'ubnd',
      year: 2025,
    });
    expect(store.items().map((i) => i.symbol)).toEqual(['2/QĐ-UBND', '1/QĐ-UBND']);
    expect(store.hasFilters()).toBe(true);
  });

  it("should offer the profile's bodies to filter by, and none when it cannot be read", async () => {
    const body = {
      code: 'snv',
      name: 'Sở Nội vụ',
      parentLines: [],
      ownLines: [],
      numberSymbol: 'SNV',
    };
    organisation.profile.mockReturnValue(of({ issuingBodies: [body] }));
    await store.loadBodies();
    expect(store.bodies()).toEqual([body]);
    organisation.profile.mockReturnValue(throwError(() => new Error('offline')));
    await store.loadBodies();
    expect(store.bodies()).toEqual([]);
  });
});
