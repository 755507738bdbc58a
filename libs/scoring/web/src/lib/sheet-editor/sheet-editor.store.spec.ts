import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { ScoreSheetResponse } from '@thidua/scoring/contracts';

import { ScoringApi } from '../scoring.api';
import { SheetEditorStore } from './sheet-editor.store';
import { emptySheetValue, toSheetRequest } from './sheet-form';

const sheet = (version: number) =>
  ({ id: 's1', version, isEditable: true, canManage: true }) as unknown as ScoreSheetResponse;
const failure = (status: number, code: string) =>
  throwError(
    () => new HttpErrorResponse({ status, error: { statusCode: status, code, message: code } }),
  );

describe('SheetEditorStore', () => {
  let api: Record<'sheet' | 'saveSheet', jest.Mock>;
  let store: SheetEditorStore;
  const content = toSheetRequest(emptySheetValue());

  beforeEach(() => {
    api = { sheet: jest.fn(), saveSheet: jest.fn() };
    TestBed.configureTestingModule({
      providers: [SheetEditorStore, { provide: ScoringApi, useValue: api }],
    });
    store = TestBed.inject(SheetEditorStore);
  });

  it('should draw up a new sheet with version 0 while the bloc has none that year', async () => {
    api.sheet.mockReturnValue(failure(404, 'scoring.sheetNotFound'));
    api.saveSheet.mockReturnValue(of(sheet(1)));
    await store.load('b1', 2025);
    expect(store.sheet()).toBeNull();
    expect(await store.save(content)).toBeNull();
    expect(api.saveSheet).toHaveBeenCalledWith('b1', 2025, { ...content, version: 0 });
    expect(store.sheet()?.version).toBe(1);
  });

  it('should save a change with the version read and read the sheet again on 409', async () => {
    api.sheet.mockReturnValue(of(sheet(3)));
    api.saveSheet.mockReturnValue(failure(409, 'common.staleVersion'));
    await store.load('b1', 2025);
    const error = await store.save(content);
    expect(error?.code).toBe('common.staleVersion');
    expect(api.saveSheet).toHaveBeenCalledWith('b1', 2025, { ...content, version: 3 });
    expect(api.sheet).toHaveBeenCalledTimes(2);
  });
});
