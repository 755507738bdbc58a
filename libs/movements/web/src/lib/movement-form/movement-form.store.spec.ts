import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { MovementResponse, SaveMovementRequest } from '@thidua/movements/contracts';

import { MovementsApi } from '../movements.api';
import { MovementFormStore } from './movement-form.store';

const request: SaveMovementRequest = {
  kind: 'regular',
  title: 'Thi đua yêu nước',
  launchingAuthority: 'UBND tỉnh',
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  targets: [{ id: 't1', content: 'Nội dung', measure: null, targetValue: null }],
};

function saved(version = 1): MovementResponse {
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
    targets: [{ id: 't1', content: 'Nội dung', measure: null, targetValue: null }],
    blocs: [],
    units: [],
    status: 'draft',
    midYearReviewDate: null,
    yearEndReviewDate: null,
    documents: [],
    models: [],
    results: [],
    canManage: true,
    reportableUnitIds: [],
    version,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };
}

function httpError(status: number, code: string, fieldErrors?: Record<string, string[]>) {
  return throwError(
    () =>
      new HttpErrorResponse({
        status,
        error: { statusCode: status, code, message: `Lỗi ${code}`, fieldErrors },
      }),
  );
}

describe('MovementFormStore', () => {
  let api: { get: jest.Mock; create: jest.Mock; update: jest.Mock };
  let store: MovementFormStore;

  beforeEach(() => {
    api = { get: jest.fn(), create: jest.fn(), update: jest.fn() };
    TestBed.configureTestingModule({
      providers: [MovementFormStore, { provide: MovementsApi, useValue: api }],
    });
    store = TestBed.inject(MovementFormStore);
  });

  it('should create a new movement', async () => {
    api.create.mockReturnValue(of(saved()));
    const result = await store.save(request);
    expect(api.create).toHaveBeenCalledWith(request);
    expect(result.movement?.id).toBe('m1');
    expect(store.isSaving()).toBe(false);
  });

  it('should update with the version it was read at', async () => {
    api.get.mockReturnValue(of(saved(3)));
    api.update.mockReturnValue(of(saved(4)));
    await store.load('m1');
    await store.save(request);
    expect(api.update).toHaveBeenCalledWith('m1', { ...request, version: 3 });
    expect(store.movement()?.version).toBe(4);
  });

  it('should return field errors for the form', async () => {
    api.create.mockReturnValue(
      httpError(422, 'common.validation', { 'targets.0.content': ['Nhập nội dung'] }),
    );
    const result = await store.save(request);
    expect(result.movement).toBeNull();
    expect(result.error?.fieldErrors).toEqual({ 'targets.0.content': ['Nhập nội dung'] });
  });

  it('should return the stale-version conflict', async () => {
    api.get.mockReturnValue(of(saved(3)));
    api.update.mockReturnValue(httpError(409, 'common.staleVersion'));
    await store.load('m1');
    const result = await store.save(request);
    expect(result.error?.code).toBe('common.staleVersion');
  });

  it('should show the error when the movement cannot be loaded', async () => {
    api.get.mockReturnValue(httpError(404, 'movements.notFound'));
    await store.load('x');
    expect(store.status()).toBe('error');
    expect(store.error()?.code).toBe('movements.notFound');
  });
});
