import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import { AwardHistoryApi } from '../award-history/award-history.api';
import { BeneficiariesApi, type PersonYearRecord } from '../beneficiaries.api';
import { NominationsApi } from '../nominations.api';
import { apiFailure } from '../testing';
import { PersonDetailStore } from './person-detail.store';

const RECORD_2024: PersonYearRecord = {
  termYear: 2024,
  rating: 'good',
  initiatives: 0,
  version: 3,
};

describe('PersonDetailStore', () => {
  let api: { getPerson: jest.Mock; records: jest.Mock; saveRecord: jest.Mock };
  let store: PersonDetailStore;

  beforeEach(async () => {
    api = {
      getPerson: jest.fn(() =>
        of({
          id: 'p1',
          fullName: 'Trần Thị Lan',
          birthYear: 1985,
          sex: 'female',
          position: null,
          unit: null,
          version: 1,
        }),
      ),
      records: jest.fn(() => of([RECORD_2024])),
      saveRecord: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [
        PersonDetailStore,
        { provide: BeneficiariesApi, useValue: api },
        { provide: AwardHistoryApi, useValue: { list: () => of({ items: [] }) } },
        { provide: NominationsApi, useValue: { list: () => of({ items: [] }) } },
      ],
    });
    store = TestBed.inject(PersonDetailStore);
    await store.load('p1');
  });

  it("should save a year's record with the version read, 0 for a new year", async () => {
    const saved = { ...RECORD_2024, rating: 'excellent' as const, version: 4 };
    api.saveRecord.mockReturnValue(of([saved]));
    expect(await store.saveRecord(2024, { rating: 'excellent', initiatives: 0 })).toBeNull();
    expect(api.saveRecord).toHaveBeenCalledWith('p1', 2024, {
      rating: 'excellent',
      initiatives: 0,
      version: 3,
    });
    expect(store.records()).toEqual([saved]);
    api.saveRecord.mockReturnValue(of([saved]));
    await store.saveRecord(2025, { rating: 'good', initiatives: 1 });
    expect(api.saveRecord).toHaveBeenLastCalledWith('p1', 2025, {
      rating: 'good',
      initiatives: 1,
      version: 0,
    });
  });

  it('should read the records again when someone else changed the year (409)', async () => {
    api.saveRecord.mockReturnValue(
      apiFailure(409, 'common.staleVersion', 'Dữ liệu đã được người khác thay đổi'),
    );
    api.records.mockReturnValue(of([{ ...RECORD_2024, rating: 'complete', version: 4 }]));
    const error = await store.saveRecord(2024, { rating: 'excellent', initiatives: 0 });
    expect(error?.code).toBe('common.staleVersion');
    await Promise.resolve();
    expect(store.records()[0]).toEqual(expect.objectContaining({ rating: 'complete', version: 4 }));
  });
});
