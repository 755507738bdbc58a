import { HttpErrorResponse, HttpHeaders, HttpResponse } from '@angular/common/http';

import {
  blobErrorToApiError,
  fileNameFromDisposition,
  hasExtension,
  saveDownload,
} from './download';

describe('downloads', () => {
  it('should read the file name of a Content-Disposition header, the UTF-8 name first', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="danh-sach.pdf"; filename*=UTF-8''Danh%20s%C3%A1ch%20khen%20th%C6%B0%E1%BB%9Fng.pdf`,
      ),
    ).toBe('Danh sách khen thưởng.pdf');
    expect(fileNameFromDisposition('attachment; filename="to-trinh.docx"')).toBe('to-trinh.docx');
    expect(fileNameFromDisposition('attachment; filename=bien-ban.pdf')).toBe('bien-ban.pdf');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="x.pdf"`)).toBe(
      'x.pdf',
    );
    expect(fileNameFromDisposition('inline')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it('should tell a file by its extension, in any case', () => {
    expect(hasExtension({ name: 'Bao-cao.PDF' }, ['.pdf', '.docx'])).toBe(true);
    expect(hasExtension({ name: 'bao-cao.pdf.exe' }, ['.pdf', '.docx'])).toBe(false);
  });

  it('should read the server’s error out of a blob answer, else give the usual one', async () => {
    // jsdom's Blob has no text(); browsers' has. Read it as a browser would.
    if (!('text' in Blob.prototype)) {
      Object.defineProperty(Blob.prototype, 'text', {
        configurable: true,
        value(this: Blob) {
          return new Promise<string>((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result as string);
            reader.readAsText(this);
          });
        },
      });
    }
    const body = {
      statusCode: 409,
      code: 'awardLists.notDecided',
      message: 'Danh sách chưa có quyết định khen thưởng.',
    };
    const json = new HttpErrorResponse({
      status: 409,
      error: new Blob([JSON.stringify(body)], { type: 'application/json' }),
    });
    expect(await blobErrorToApiError(json)).toEqual(body);
    const garbage = new HttpErrorResponse({ status: 502, error: new Blob(['<html>']) });
    expect((await blobErrorToApiError(garbage)).statusCode).toBe(502);
  });

  it('should save the file under the server’s name through a temporary link', () => {
    const create = jest.fn(() => 'blob:thidua');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const clicked: Array<{ download: string; href: string }> = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    const headers = new HttpHeaders({
      'Content-Disposition': 'attachment; filename="to-trinh.docx"',
    });
    saveDownload(new HttpResponse({ body: new Blob(['x']), headers }), 'tai-lieu.docx');
    saveDownload(new HttpResponse({ body: new Blob(['y']) }), 'tai-lieu.docx');
    saveDownload(new HttpResponse<Blob>({ body: null }), 'rong.docx');
    expect(clicked).toEqual([
      { download: 'to-trinh.docx', href: 'blob:thidua' },
      { download: 'tai-lieu.docx', href: 'blob:thidua' },
    ]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });
});
