import { HttpErrorResponse, HttpHeaders, HttpResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import type { ImportReport } from '@thidua/registry/contracts';

import { UnitsApi } from '../units/units.api';
import { UnitImportStore } from './unit-import.store';

function report(invalid: number, dryRun = true): ImportReport {
  return {
    dryRun,
    total: 3,
    valid: 3 - invalid,
    invalid,
    imported: dryRun ? 0 : 3,
    rows: [
      { row: 2, code: 'A', name: 'Đơn vị A', errors: [] },
      {
        row: 3,
        code: 'B',
        name: 'Đơn vị B',
        errors: invalid ? [{ field: 'code', code: 'units.codeTaken', message: 'Mã đã có' }] : [],
      },
      { row: 4, code: 'C', name: 'Đơn vị C', errors: [] },
    ],
  };
}

describe('UnitImportStore', () => {
  let api: { importFile: jest.Mock; importTemplate: jest.Mock };
  let store: UnitImportStore;
  const file = new File(['x'], 'don-vi.xlsx');

  beforeEach(() => {
    api = { importFile: jest.fn(), importTemplate: jest.fn() };
    TestBed.configureTestingModule({
      providers: [UnitImportStore, { provide: UnitsApi, useValue: api }],
    });
    store = TestBed.inject(UnitImportStore);
  });

  it('should refuse files that are not .xlsx or .csv', () => {
    expect(store.chooseFile(new File(['x'], 'a.pdf'))).toContain('.xlsx');
    expect(store.file()).toBeNull();
    expect(store.chooseFile(file)).toBeNull();
  });

  it('should allow importing only when every row is valid', async () => {
    store.chooseFile(file);
    api.importFile.mockReturnValue(of(report(1)));
    await store.check();
    expect(api.importFile).toHaveBeenCalledWith(file, true);
    expect(store.canImport()).toBe(false);
    expect(store.invalidRows().map((r) => r.row)).toEqual([3]);

    api.importFile.mockReturnValue(of(report(0)));
    await store.check();
    expect(store.canImport()).toBe(true);
  });

  it('should show the result after importing', async () => {
    store.chooseFile(file);
    api.importFile.mockReturnValueOnce(of(report(0))).mockReturnValueOnce(of(report(0, false)));
    await store.check();
    expect(await store.import()).toBe(true);
    expect(api.importFile).toHaveBeenLastCalledWith(file, false);
    expect(store.step()).toBe('done');
    expect(store.result()?.imported).toBe(3);
  });

  it('should keep the report sent with a 422 refusal', async () => {
    store.chooseFile(file);
    api.importFile.mockReturnValueOnce(of(report(0))).mockReturnValueOnce(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'units.importInvalid',
              message: 'Tệp có dòng lỗi',
              report: report(1, false),
            },
          }),
      ),
    );
    await store.check();
    expect(await store.import()).toBe(false);
    expect(store.error()?.message).toBe('Tệp có dòng lỗi');
    expect(store.report()?.invalid).toBe(1);
    expect(store.canImport()).toBe(false);
  });

  it('should save the template under the server’s name, or say why it could not', async () => {
    const clicks: string[] = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    api.importTemplate.mockReturnValueOnce(
      of(
        new HttpResponse({
          body: new Blob(['xlsx']),
          headers: new HttpHeaders({ 'Content-Disposition': 'attachment; filename="mau.xlsx"' }),
        }),
      ),
    );
    expect(await store.downloadTemplate()).toBeNull();
    api.importTemplate.mockReturnValueOnce(of(new HttpResponse({ body: new Blob(['xlsx']) })));
    expect(await store.downloadTemplate()).toBeNull();
    expect(clicks).toEqual(['mau.xlsx', 'Mẫu nhập đơn vị.xlsx']);

    api.importTemplate.mockReturnValueOnce(
      throwError(() => new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })),
    );
    expect((await store.downloadTemplate())?.statusCode).toBe(0);
  });
});
