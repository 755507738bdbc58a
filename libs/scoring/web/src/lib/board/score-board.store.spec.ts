import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { ScoreBoardResponse } from '@thidua/scoring/contracts';

import { ScoringApi } from '../scoring.api';
import { ScoreBoardStore } from './score-board.store';

const board = {
  sheet: { id: 's', version: 3, status: 'draft' },
  rows: [
    { unit: { id: 'a' }, status: 'checked' },
    { unit: { id: 'b' }, status: 'submitted' },
    { unit: { id: 'c' }, status: 'draft' },
    { unit: { id: 'd' }, status: 'returned' },
  ],
  counts: {},
  canAgree: false,
  canLock: false,
} as unknown as ScoreBoardResponse;

describe('ScoreBoardStore', () => {
  let api: { board: jest.Mock; agree: jest.Mock; copyPrevious: jest.Mock };
  let store: ScoreBoardStore;

  beforeEach(() => {
    api = { board: jest.fn(), agree: jest.fn(), copyPrevious: jest.fn() };
    TestBed.configureTestingModule({
      providers: [ScoreBoardStore, { provide: ScoringApi, useValue: api }],
    });
    store = TestBed.inject(ScoreBoardStore);
  });

  it('should count who has submitted and who is checked', async () => {
    api.board.mockReturnValue(of(board));
    await store.load('bloc', 2024);
    expect(store.progress()).toEqual({ members: 4, submitted: 2, checked: 1, percent: 50 });
  });

  it('should know the bloc has no sheet yet', async () => {
    api.board.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 404,
            error: { statusCode: 404, code: 'scoring.sheetNotFound', message: 'x' },
          }),
      ),
    );
    await store.load('bloc', 2024);
    expect(store.isMissing()).toBe(true);
    expect(store.status()).toBe('idle');
  });

  it('should agree with the version read and reload', async () => {
    api.board.mockReturnValue(of(board));
    api.agree.mockReturnValue(of(board.sheet));
    await store.load('bloc', 2024);
    expect(await store.agree()).toBeNull();
    expect(api.agree).toHaveBeenCalledWith('bloc', 2024, 3);
    expect(api.board).toHaveBeenCalledTimes(2);
  });

  it('should answer the error of a refused action', async () => {
    api.board.mockReturnValue(of(board));
    api.copyPrevious.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 404,
            error: { statusCode: 404, code: 'scoring.noPreviousSheet', message: 'Không có' },
          }),
      ),
    );
    await store.load('bloc', 2024);
    expect((await store.copyPrevious())?.code).toBe('scoring.noPreviousSheet');
  });
});
