import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { ScoreSheetResponse, UnitScoreResponse } from '@thidua/scoring/contracts';

import { ScoringApi } from '../scoring.api';
import { UnitScoreStore } from './unit-score.store';

const sheet = {
  groups: [
    {
      id: 'g',
      title: 'I',
      maxPoints: 100,
      criteria: [{ id: 'a', kind: 'criterion', content: 'A', maxPoints: 100, guidance: null }],
    },
  ],
  bonusItems: [],
  penaltyItems: [],
  bonusCap: null,
  penaltyCap: null,
} as unknown as ScoreSheetResponse;

const card = (status: string, version = 2, canCheck = false) =>
  ({
    status,
    version,
    canCheck,
    canEdit: status === 'draft',
    entries: [{ itemId: 'a', selfPoints: 90, checkedPoints: null, adjustReason: null }],
  }) as unknown as UnitScoreResponse;

describe('UnitScoreStore', () => {
  let api: Record<'sheet' | 'card' | 'saveSelf' | 'transition' | 'adjust', jest.Mock>;
  let store: UnitScoreStore;

  beforeEach(() => {
    api = {
      sheet: jest.fn(() => of(sheet)),
      card: jest.fn(() => of(card('draft'))),
      saveSelf: jest.fn(),
      transition: jest.fn(),
      adjust: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [UnitScoreStore, { provide: ScoringApi, useValue: api }],
    });
    store = TestBed.inject(UnitScoreStore);
  });

  it('should load the sheet and the card and list the rows with their points', async () => {
    await store.load('bloc', 2024, 'unit');
    expect(store.rows().map((r) => (r.kind === 'item' ? r.entry?.selfPoints : r.title))).toEqual([
      'I',
      90,
    ]);
    expect(store.canAdjust()).toBe(false);
  });

  it('should save the self-assessment with the version read', async () => {
    api.saveSelf.mockReturnValue(of(card('draft', 3)));
    await store.load('bloc', 2024, 'unit');
    expect(await store.saveSelf([{ itemId: 'a', points: 95 }])).toBeNull();
    expect(api.saveSelf).toHaveBeenCalledWith('bloc', 2024, 'unit', {
      entries: [{ itemId: 'a', points: 95 }],
      version: 2,
    });
    expect(store.card()?.version).toBe(3);
  });

  it('should send adjustments with the version read and read the card again on 409', async () => {
    api.card.mockReturnValue(of(card('submitted', 4, true)));
    await store.load('bloc', 2024, 'unit');
    api.adjust.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, code: 'common.staleVersion', message: 'Đã thay đổi' },
          }),
      ),
    );
    const adjustments = [{ itemId: 'a', points: 80, reason: 'Thiếu minh chứng' }];
    expect((await store.adjust(adjustments))?.code).toBe('common.staleVersion');
    expect(api.adjust).toHaveBeenCalledWith('bloc', 2024, 'unit', { adjustments, version: 4 });
    expect(api.card).toHaveBeenCalledTimes(2);
  });

  it('should let the checker adjust a submitted card only', async () => {
    api.card.mockReturnValue(of(card('submitted', 4, true)));
    await store.load('bloc', 2024, 'unit');
    expect(store.canAdjust()).toBe(true);
    api.card.mockReturnValue(of(card('checked', 5, true)));
    await store.load('bloc', 2024, 'unit');
    expect(store.canAdjust()).toBe(false);
  });

  it('should answer a refused transition and read the card again on a conflict', async () => {
    await store.load('bloc', 2024, 'unit');
    api.transition.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, code: 'scoring.invalidTransition', message: 'Không thể' },
          }),
      ),
    );
    const error = await store.transition('submit');
    expect(error?.code).toBe('scoring.invalidTransition');
    expect(api.transition).toHaveBeenCalledWith('bloc', 2024, 'unit', {
      action: 'submit',
      reason: null,
      version: 2,
    });
    expect(api.card).toHaveBeenCalledTimes(2);
  });
});
