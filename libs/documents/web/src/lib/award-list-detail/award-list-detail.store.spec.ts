import { HttpErrorResponse, HttpHeaders, HttpResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { ExportJobResponse } from '@thidua/documents/contracts';

import { OutgoingNumbersApi } from '@thidua/registry/web';

import { AwardListsApi } from '../award-lists.api';
import { awardList, listRow } from '../testing';
import {
  AwardListDetailStore,
  BACKGROUND_EXPORT_ROWS,
  toSaveRequest,
} from './award-list-detail.store';

function fileResponse(name: string): HttpResponse<Blob> {
  return new HttpResponse({
    body: new Blob(['x']),
    headers: new HttpHeaders({ 'Content-Disposition': `attachment; filename="${name}"` }),
  });
}

function job(overrides: Partial<ExportJobResponse>): ExportJobResponse {
  return {
    id: 'j1',
    status: 'queued',
    progress: 0,
    format: 'pdf',
    fileName: 'danh-sach.pdf',
    url: null,
    attempts: 0,
    error: null,
    errorMessage: null,
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

describe('AwardListDetailStore', () => {
  let api: Record<
    | 'get'
    | 'update'
    | 'send'
    | 'remove'
    | 'recordDecision'
    | 'exportList'
    | 'coverLetter'
    | 'decision'
    | 'certificates'
    | 'startExport'
    | 'exportJob'
    | 'download',
    jest.Mock
  >;
  let numbers: { take: jest.Mock };
  let store: AwardListDetailStore;
  let clicked: jest.SpyInstance;

  beforeEach(() => {
    api = {
      get: jest.fn(() => of(awardList())),
      update: jest.fn(),
      send: jest.fn(),
      remove: jest.fn(),
      recordDecision: jest.fn(),
      exportList: jest.fn(() => of(fileResponse('danh-sach.pdf'))),
      coverLetter: jest.fn(() => of(fileResponse('to-trinh.docx'))),
      decision: jest.fn(() => of(fileResponse('quyet-dinh.pdf'))),
      certificates: jest.fn(() => of(fileResponse('bang-khen.pdf'))),
      startExport: jest.fn(),
      exportJob: jest.fn(),
      download: jest.fn(() => of(fileResponse('danh-sach.pdf'))),
    };
    numbers = { take: jest.fn() };
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    TestBed.configureTestingModule({
      providers: [
        AwardListDetailStore,
        { provide: AwardListsApi, useValue: api },
        { provide: OutgoingNumbersApi, useValue: numbers },
      ],
    });
    store = TestBed.inject(AwardListDetailStore);
  });

  afterEach(() => {
    clicked.mockRestore();
    jest.useRealTimers();
  });

  it('should load the list and count its rows', async () => {
    await store.load('l1');
    expect(api.get).toHaveBeenCalledWith('l1');
    expect(store.rowCount()).toBe(2);
    expect(store.canEdit()).toBe(true);
  });

  it('should build the PUT body with the notes, without removed rows, with the version', () => {
    const list = awardList([listRow('n1', { note: 'cũ' }), listRow('n2'), listRow('n3')]);
    expect(toSaveRequest(list, { removeIds: ['n2'], notes: { n3: ' mới ' } })).toEqual({
      title: list.title,
      year: 2025,
      blocId: 'b1',
      order: 'units',
      nominationIds: ['n1', 'n3'],
      notes: { n1: 'cũ', n3: 'mới' },
      coverLetter: list.coverLetter,
      version: 3,
    });
  });

  it('should save a note through PUT and show the saved list', async () => {
    await store.load('l1');
    const saved = awardList([listRow('n1', { note: 'Đề nghị ưu tiên' }), listRow('n2')], {
      version: 4,
    });
    api.update.mockReturnValue(of(saved));
    expect(await store.saveNote('n1', 'Đề nghị ưu tiên')).toBeNull();
    expect(api.update).toHaveBeenCalledWith(
      'l1',
      expect.objectContaining({ notes: { n1: 'Đề nghị ưu tiên' }, version: 3 }),
    );
    expect(store.list()?.version).toBe(4);
  });

  it('should send the list and show it as sent', async () => {
    await store.load('l1');
    api.send.mockReturnValue(of(awardList(undefined, { status: 'sent' })));
    expect(await store.send()).toBeNull();
    expect(api.send).toHaveBeenCalledWith('l1', { version: 3 });
    expect(store.list()?.status).toBe('sent');
    expect(store.canEdit()).toBe(false);
  });

  it('should delete a draft list and show nothing more', async () => {
    await store.load('l1');
    api.remove.mockReturnValue(of(null));
    expect(await store.remove()).toBeNull();
    expect(api.remove).toHaveBeenCalledWith('l1', { version: awardList().version });
    expect(store.list()).toBeNull();
  });

  it('should keep the list and reload it when deleting is refused because it was sent', async () => {
    await store.load('l1');
    api.remove.mockReturnValue(httpError(409, 'awardLists.notDraft'));
    api.get.mockReturnValue(of(awardList(undefined, { status: 'sent' })));
    const error = await store.remove();
    expect(error?.code).toBe('awardLists.notDraft');
    await Promise.resolve();
    expect(store.list()?.status).toBe('sent');
  });

  it('should reload the list when sending is refused because it is not a draft', async () => {
    await store.load('l1');
    api.send.mockReturnValue(httpError(409, 'awardLists.notDraft'));
    api.get.mockReturnValue(of(awardList(undefined, { status: 'sent', version: 5 })));
    const error = await store.send();
    expect(error?.code).toBe('awardLists.notDraft');
    await Promise.resolve();
    expect(api.get).toHaveBeenCalledTimes(2);
    expect(store.list()?.status).toBe('sent');
  });

  it('should record the decision with the version and the rejected rows', async () => {
    await store.load('l1');
    api.recordDecision.mockReturnValue(
      of(
        awardList(undefined, {
          status: 'decided',
          decision: { number: '2150/QĐ-UBND', date: '2021-10-05', signer: 'A', rejected: ['n2'] },
        }),
      ),
    );
    const error = await store.recordDecision({
      number: '2150/QĐ-UBND',
      date: '2021-10-05',
      signer: 'A',
      rejectedNominationIds: ['n2'],
    });
    expect(error).toBeNull();
    expect(api.recordDecision).toHaveBeenCalledWith('l1', {
      number: '2150/QĐ-UBND',
      date: '2021-10-05',
      signer: 'A',
      rejectedNominationIds: ['n2'],
      version: 3,
    });
    expect(store.list()?.status).toBe('decided');
  });

  it('should download a short list directly', async () => {
    await store.load('l1');
    expect(await store.download({ kind: 'list', format: 'xlsx' })).toBeNull();
    expect(api.exportList).toHaveBeenCalledWith('l1', 'xlsx', false);
    expect(api.startExport).not.toHaveBeenCalled();
    expect(clicked).toHaveBeenCalled();
  });

  it('should download the cover letter as DOCX', async () => {
    await store.load('l1');
    await store.download({ kind: 'coverLetter', format: 'docx' });
    expect(api.coverLetter).toHaveBeenCalledWith('l1', 'docx', false);
  });

  it('should download the decision at once, even of a long list', async () => {
    const rows = Array.from({ length: BACKGROUND_EXPORT_ROWS + 1 }, (_, i) => listRow(`n${i}`));
    api.get.mockReturnValue(of(awardList(rows)));
    await store.load('l1');
    expect(await store.download({ kind: 'decision', format: 'pdf' })).toBeNull();
    expect(api.decision).toHaveBeenCalledWith('l1', 'pdf', false);
    expect(api.startExport).not.toHaveBeenCalled();
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('should take the next number of the register for the decision, or answer the error', async () => {
    await store.load('l1');
    numbers.take.mockReturnValue(of({ symbol: '45/QĐ-UBND' }));
    expect(await store.takeNumber('decision', '2024-12-30')).toEqual({ symbol: '45/QĐ-UBND' });
    expect(numbers.take).toHaveBeenCalledWith({
      documentKind: 'decision',
      documentDate: '2024-12-30',
      subject: expect.stringContaining('Quyết định khen thưởng'),
    });
    numbers.take.mockReturnValue(httpError(422, 'common.validation'));
    expect(await store.takeNumber('coverLetter', '2024-12-30')).toMatchObject({
      code: 'common.validation',
    });
  });

  it("should number a bloc's cover letter in the bloc's own register, the province's in the profile's", async () => {
    numbers.take.mockReturnValue(of({ symbol: '2/TTr-KTĐ' }));
    await store.load('l1');
    await store.takeNumber('coverLetter', '2025-12-20');
    expect(numbers.take).toHaveBeenLastCalledWith(
      expect.objectContaining({ documentKind: 'coverLetter', blocId: 'b1' }),
    );
    api.get.mockReturnValue(of(awardList(undefined, { bloc: null })));
    await store.load('l1');
    await store.takeNumber('coverLetter', '2025-12-20');
    expect(numbers.take.mock.lastCall[0]).not.toHaveProperty('blocId');
  });

  it('should download a signed paper at once, even of a long list', async () => {
    const rows = Array.from({ length: BACKGROUND_EXPORT_ROWS + 1 }, (_, i) => listRow(`n${i}`));
    api.get.mockReturnValue(of(awardList(rows)));
    await store.load('l1');
    expect(await store.download({ kind: 'list', format: 'pdf', signed: true })).toBeNull();
    expect(api.exportList).toHaveBeenCalledWith('l1', 'pdf', true);
    await store.download({ kind: 'coverLetter', format: 'pdf', signed: true });
    expect(api.coverLetter).toHaveBeenCalledWith('l1', 'pdf', true);
    expect(api.startExport).not.toHaveBeenCalled();
  });

  it('should export a long list in the background, polling every 500 ms until done', async () => {
    jest.useFakeTimers();
    const rows = Array.from({ length: BACKGROUND_EXPORT_ROWS + 1 }, (_, i) => listRow(`n${i}`));
    api.get.mockReturnValue(of(awardList(rows)));
    await store.load('l1');
    api.startExport.mockReturnValue(of(job({ status: 'queued', progress: 0 })));
    api.exportJob
      .mockReturnValueOnce(of(job({ status: 'running', progress: 40 })))
      .mockReturnValueOnce(
        of(job({ status: 'done', progress: 100, url: '/api/v1/export-jobs/j1/file' })),
      );

    const done = store.download({ kind: 'list', format: 'pdf' });
    await jest.advanceTimersByTimeAsync(0);
    expect(api.startExport).toHaveBeenCalledWith('l1', 'list', 'pdf');
    expect(store.exportProgress()).toEqual({ kind: 'list', format: 'pdf', progress: 0 });
    expect(api.exportJob).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(500);
    expect(api.exportJob).toHaveBeenCalledTimes(1);
    expect(store.exportProgress()?.progress).toBe(40);

    await jest.advanceTimersByTimeAsync(500);
    expect(await done).toBeNull();
    expect(api.exportJob).toHaveBeenCalledTimes(2);
    expect(api.download).toHaveBeenCalledWith('/api/v1/export-jobs/j1/file');
    expect(api.exportList).not.toHaveBeenCalled();
    expect(clicked).toHaveBeenCalled();
    expect(store.exportProgress()).toBeNull();
    expect(store.isDownloading()).toBe(false);
  });

  it('should report a failed background export', async () => {
    jest.useFakeTimers();
    const rows = Array.from({ length: BACKGROUND_EXPORT_ROWS + 1 }, (_, i) => listRow(`n${i}`));
    api.get.mockReturnValue(of(awardList(rows)));
    await store.load('l1');
    api.startExport.mockReturnValue(of(job({ status: 'running', progress: 10 })));
    api.exportJob.mockReturnValue(of(job({ status: 'failed', error: 'exportJobs.failed' })));
    const done = store.download({ kind: 'coverLetter', format: 'pdf' });
    await jest.advanceTimersByTimeAsync(500);
    const error = await done;
    expect(error?.code).toBe('exportJobs.failed');
    expect(error?.message).toMatch(/^Không tạo được tệp sau nhiều lần thử/);
    expect(api.download).not.toHaveBeenCalled();
    expect(store.exportProgress()).toBeNull();
  });

  it('should download the certificates with the layout and award filter', async () => {
    await store.load('l1');
    await store.downloadCertificates('blank', 'a1');
    expect(api.certificates).toHaveBeenCalledWith('l1', 'blank', 'a1');
  });
});
