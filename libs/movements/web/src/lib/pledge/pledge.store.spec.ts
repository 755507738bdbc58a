import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { PledgeResponse } from '@thidua/movements/contracts';

import { PledgesApi } from './pledges.api';
import { PledgeStore } from './pledge.store';

function pledge(overrides: Partial<PledgeResponse> = {}): PledgeResponse {
  return {
    id: 'p1',
    blocId: 'b1',
    bloc: { id: 'b1', name: 'Khối Nội chính', kind: 'khoi' },
    year: 2025,
    movement: null,
    title: 'Bản giao ước thi đua năm 2025',
    place: 'Lào Cai',
    commitments: ['Hoàn thành chỉ tiêu'],
    status: 'open',
    lockedAt: null,
    units: [
      {
        unit: { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null },
        role: 'head',
        targets: [],
        titles: [],
        signature: null,
        version: 2,
      },
      {
        unit: { id: 'u2', code: 'SYT', name: 'Sở Y tế', shortName: null },
        role: null,
        targets: [],
        titles: [],
        signature: null,
        version: 0,
      },
    ],
    signedCount: 0,
    memberCount: 2,
    canManage: true,
    signableUnitIds: ['u1'],
    version: 2,
    ...overrides,
  };
}

function httpError(status: number, code: string) {
  return throwError(
    () =>
      new HttpErrorResponse({
        status,
        error: { statusCode: status, code, message: `Lỗi ${code}` },
      }),
  );
}

describe('PledgeStore', () => {
  let api: Record<
    'get' | 'getBlocYear' | 'save' | 'saveUnit' | 'sign' | 'reopen' | 'uploadScan',
    jest.Mock
  >;
  let store: PledgeStore;

  beforeEach(() => {
    api = {
      get: jest.fn(),
      getBlocYear: jest.fn(),
      save: jest.fn(),
      saveUnit: jest.fn(),
      sign: jest.fn(),
      reopen: jest.fn(),
      uploadScan: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [PledgeStore, { provide: PledgesApi, useValue: api }],
    });
    store = TestBed.inject(PledgeStore);
  });

  it('should load the pledge with its progress', async () => {
    api.get.mockReturnValue(of(pledge()));
    await store.load('b1', 2025);
    expect(api.get).toHaveBeenCalledWith('b1', 2025);
    expect(store.progress()).toMatchObject({ signed: 0, members: 2, percent: 0 });
    expect(store.canEditContent()).toBe(true);
    expect(store.canReopen()).toBe(false);
  });

  it('should show the empty state on 404 and offer to create it to the bloc manager', async () => {
    api.get.mockReturnValue(httpError(404, 'pledges.notFound'));
    api.getBlocYear.mockReturnValue(of({ blocId: 'b1', year: 2025, canManage: true }));
    await store.load('b1', 2025);
    expect(store.status()).toBe('idle');
    expect(store.isMissing()).toBe(true);
    expect(store.canCreate()).toBe(true);
    expect(store.pledge()).toBeNull();
  });

  it('should not offer to create the pledge to other users', async () => {
    api.get.mockReturnValue(httpError(404, 'pledges.notFound'));
    api.getBlocYear.mockReturnValue(of({ blocId: 'b1', year: 2025, canManage: false }));
    await store.load('b1', 2025);
    expect(store.isMissing()).toBe(true);
    expect(store.canCreate()).toBe(false);
  });

  it('should show other errors as errors', async () => {
    api.get.mockReturnValue(httpError(404, 'blocs.notFound'));
    await store.load('b1', 2025);
    expect(store.status()).toBe('error');
    expect(store.isMissing()).toBe(false);
  });

  it("should create the pledge with the default title, leaving the place to the organisation's profile", async () => {
    api.get.mockReturnValue(httpError(404, 'pledges.notFound'));
    api.getBlocYear.mockReturnValue(of({ canManage: true }));
    api.save.mockReturnValue(of(pledge()));
    await store.load('b1', 2025);
    expect(await store.create()).toBeNull();
    expect(api.save).toHaveBeenCalledWith('b1', 2025, {
      title: 'Bản giao ước thi đua năm 2025',
      commitments: [],
    });
    expect(store.isMissing()).toBe(false);
    expect(store.pledge()?.id).toBe('p1');
  });

  it('should save the content with the version read', async () => {
    api.get.mockReturnValue(of(pledge()));
    api.save.mockReturnValue(of(pledge({ version: 3 })));
    await store.load('b1', 2025);
    await store.saveContent({ title: 'T', place: 'Lào Cai', movementId: null, commitments: ['A'] });
    expect(api.save).toHaveBeenCalledWith('b1', 2025, {
      title: 'T',
      place: 'Lào Cai',
      movementId: null,
      commitments: ['A'],
      version: 2,
    });
  });

  it("should save a unit's registration with the version of that registration", async () => {
    api.get.mockReturnValue(of(pledge()));
    api.saveUnit.mockReturnValue(of(pledge()));
    await store.load('b1', 2025);
    await store.saveUnit('u1', { targets: ['A'], titles: [] });
    expect(api.saveUnit).toHaveBeenCalledWith('b1', 2025, 'u1', {
      targets: ['A'],
      titles: [],
      version: 2,
    });
    await store.saveUnit('u2', { targets: [], titles: ['B'] });
    expect(api.saveUnit).toHaveBeenLastCalledWith('b1', 2025, 'u2', {
      targets: [],
      titles: ['B'],
      version: 0,
    });
  });

  it('should sign in the app for the unit', async () => {
    api.get.mockReturnValue(of(pledge()));
    api.sign.mockReturnValue(of(pledge({ signedCount: 1 })));
    await store.load('b1', 2025);
    const signer = {
      signerName: 'Nguyễn Văn A',
      signerPosition: 'Giám đốc',
      signedOn: '2025-02-01',
    };
    expect(await store.sign('u1', signer)).toBeNull();
    expect(api.sign).toHaveBeenCalledWith('b1', 2025, {
      unitId: 'u1',
      ...signer,
      method: 'app',
      scanAttachmentId: null,
    });
    expect(store.progress()?.signed).toBe(1);
  });

  it('should return the already-signed conflict and read the pledge again', async () => {
    api.get.mockReturnValueOnce(of(pledge())).mockReturnValueOnce(of(pledge({ signedCount: 1 })));
    api.sign.mockReturnValue(httpError(409, 'pledges.alreadySigned'));
    await store.load('b1', 2025);
    const error = await store.sign('u1', {
      signerName: 'A',
      signerPosition: 'B',
      signedOn: '2025-02-01',
    });
    expect(error?.code).toBe('pledges.alreadySigned');
    expect(error?.message).toBe('Lỗi pledges.alreadySigned');
    await Promise.resolve();
    await Promise.resolve();
    expect(api.get).toHaveBeenCalledTimes(2);
    expect(store.isSaving()).toBe(false);
  });

  it('should upload the scan before recording a paper signature', async () => {
    api.get.mockReturnValue(of(pledge()));
    api.uploadScan.mockReturnValue(of({ id: 'a1', url: '/api/v1/attachments/a1' }));
    api.sign.mockReturnValue(of(pledge({ signedCount: 1 })));
    await store.load('b1', 2025);
    const scan = new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' });
    const signer = { signerName: 'A', signerPosition: 'B', signedOn: '2025-02-01' };
    expect(await store.recordPaper('u2', signer, scan)).toBeNull();
    expect(api.uploadScan).toHaveBeenCalledWith(scan);
    expect(api.sign).toHaveBeenCalledWith('b1', 2025, {
      unitId: 'u2',
      ...signer,
      method: 'paper',
      scanAttachmentId: 'a1',
    });
  });

  it('should not record the signature when the scan upload fails', async () => {
    api.get.mockReturnValue(of(pledge()));
    api.uploadScan.mockReturnValue(httpError(415, 'attachments.unsupported'));
    await store.load('b1', 2025);
    const error = await store.recordPaper(
      'u2',
      { signerName: 'A', signerPosition: 'B', signedOn: '2025-02-01' },
      new File(['x'], 'scan.gif'),
    );
    expect(error?.code).toBe('attachments.unsupported');
    expect(api.sign).not.toHaveBeenCalled();
    expect(store.isSaving()).toBe(false);
  });

  it('should offer reopening a locked pledge to its manager', async () => {
    api.get.mockReturnValue(of(pledge({ status: 'locked', lockedAt: '2025-03-01T00:00:00Z' })));
    api.reopen.mockReturnValue(of(pledge()));
    await store.load('b1', 2025);
    expect(store.canReopen()).toBe(true);
    expect(store.canEditContent()).toBe(false);
    await store.reopen('Bổ sung chỉ tiêu');
    expect(api.reopen).toHaveBeenCalledWith('b1', 2025, { reason: 'Bổ sung chỉ tiêu' });
    expect(store.isOpen()).toBe(true);
  });
});
