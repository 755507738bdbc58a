import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { MovementResponse, MovementStatus } from '@thidua/movements/contracts';

import { MovementsApi } from '../movements.api';
import { MovementDetailStore } from './movement-detail.store';

function movement(status: MovementStatus, version = 1, canManage = true): MovementResponse {
  return {
    id: 'm1',
    kind: 'regular',
    title: 'Thi đua yêu nước',
    slogan: null,
    launchingAuthority: 'UBND tỉnh',
    launchDate: null,
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    anniversaries: [],
    targets: [
      { id: 't1', content: 'Chỉ tiêu 1', measure: '%', targetValue: 100 },
      { id: 't2', content: 'Chỉ tiêu 2', measure: null, targetValue: null },
    ],
    blocs: [],
    units: [{ id: 'u2', code: 'SYT', name: 'Sở Y tế', shortName: null }],
    status,
    midYearReviewDate: null,
    yearEndReviewDate: null,
    documents: [],
    models: [],
    results: [
      {
        targetId: 't2',
        unit: { id: 'u2', code: 'SYT', name: 'Sở Y tế', shortName: null },
        value: 3,
        note: null,
        reportedAt: '2025-03-01T00:00:00Z',
        version: 1,
      },
      {
        targetId: 't1',
        unit: { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null },
        value: 98.5,
        note: 'Đạt',
        reportedAt: '2025-03-01T00:00:00Z',
        version: 4,
      },
    ],
    canManage,
    reportableUnitIds: ['u1'],
    version,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };
}

function conflict(code: string) {
  return throwError(
    () =>
      new HttpErrorResponse({
        status: 409,
        error: { statusCode: 409, code, message: `Lỗi ${code}` },
      }),
  );
}

describe('MovementDetailStore', () => {
  let api: Record<
    'get' | 'transition' | 'reportResults' | 'uploadDocument' | 'addModel' | 'removeModel',
    jest.Mock
  >;
  let store: MovementDetailStore;

  beforeEach(() => {
    api = {
      get: jest.fn(),
      transition: jest.fn(),
      reportResults: jest.fn(),
      uploadDocument: jest.fn(),
      addModel: jest.fn(),
      removeModel: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [MovementDetailStore, { provide: MovementsApi, useValue: api }],
    });
    store = TestBed.inject(MovementDetailStore);
  });

  it('should offer the transitions the status allows to a manager', async () => {
    api.get.mockReturnValue(of(movement('draft')));
    await store.load('m1');
    expect(store.transitions()).toEqual(['launch']);
    api.get.mockReturnValue(of(movement('launched')));
    await store.load('m1');
    expect(store.transitions()).toEqual(['end']);
    api.get.mockReturnValue(of(movement('ended')));
    await store.load('m1');
    expect(store.transitions()).toEqual(['reopen']);
    api.get.mockReturnValue(of(movement('draft', 1, false)));
    await store.load('m1');
    expect(store.transitions()).toEqual([]);
  });

  it('should launch with the version it was read at', async () => {
    api.get.mockReturnValue(of(movement('draft', 4)));
    api.transition.mockReturnValue(of(movement('launched', 5)));
    await store.load('m1');
    const error = await store.transition('launch');
    expect(error).toBeNull();
    expect(api.transition).toHaveBeenCalledWith('m1', 'launch', 4);
    expect(store.movement()?.status).toBe('launched');
    expect(store.isSaving()).toBe(false);
  });

  it('should reload after an invalid transition conflict', async () => {
    api.get
      .mockReturnValueOnce(of(movement('draft')))
      .mockReturnValueOnce(of(movement('ended', 3)));
    api.transition.mockReturnValue(conflict('movements.invalidTransition'));
    await store.load('m1');
    const error = await store.transition('launch');
    expect(error?.code).toBe('movements.invalidTransition');
    await Promise.resolve();
    expect(api.get).toHaveBeenCalledTimes(2);
  });

  it('should build the unit × target results table by unit name', async () => {
    api.get.mockReturnValue(of(movement('launched')));
    await store.load('m1');
    const rows = store.resultsMatrix();
    expect(rows.map((row) => row.unit.name)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
    expect(rows[0].cells.map((cell) => cell?.value ?? null)).toEqual([98.5, null]);
    expect(rows[1].cells.map((cell) => cell?.value ?? null)).toEqual([null, 3]);
  });

  it('should report results and keep the answer', async () => {
    api.get.mockReturnValue(of(movement('launched')));
    api.reportResults.mockReturnValue(of(movement('launched', 2)));
    await store.load('m1');
    const request = {
      unitId: 'u1',
      results: [
        { targetId: 't1', value: 99, note: null },
        { targetId: 't2', value: 5, note: null },
      ],
    };
    expect(await store.reportResults(request)).toBeNull();
    // Each result goes with the version read: t1 of u1 was at 4, t2 of u1 was never reported.
    expect(api.reportResults).toHaveBeenCalledWith('m1', {
      unitId: 'u1',
      results: [
        { targetId: 't1', value: 99, note: null, version: 4 },
        { targetId: 't2', value: 5, note: null, version: 0 },
      ],
    });
    expect(store.movement()?.version).toBe(2);
  });

  it('should return the not-launched conflict when reporting', async () => {
    api.get.mockReturnValue(of(movement('ended')));
    api.reportResults.mockReturnValue(conflict('movements.notLaunched'));
    await store.load('m1');
    const error = await store.reportResults({ unitId: 'u1', results: [] });
    expect(error?.code).toBe('movements.notLaunched');
  });

  it('should read the movement again after adding a model', async () => {
    api.get
      .mockReturnValueOnce(of(movement('launched')))
      .mockReturnValueOnce(of(movement('launched', 7)));
    api.addModel.mockReturnValue(of({ id: 'x' }));
    await store.load('m1');
    const error = await store.addModel({
      name: 'Mô hình dân vận khéo',
      unitId: 'u1',
      recognizedOn: '2025-05-01',
    });
    expect(error).toBeNull();
    expect(store.movement()?.version).toBe(7);
  });

  it('should show the unsupported-file error of an upload', async () => {
    api.get.mockReturnValue(of(movement('launched')));
    api.uploadDocument.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 415,
            error: { statusCode: 415, code: 'attachments.unsupported', message: 'Sai loại tệp' },
          }),
      ),
    );
    await store.load('m1');
    const error = await store.uploadDocument(new File(['x'], 'a.pdf'));
    expect(error?.message).toBe('Sai loại tệp');
    expect(store.isUploading()).toBe(false);
  });
});
