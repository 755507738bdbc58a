import { HttpResponse } from '@angular/common/http';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { type Observable, of, throwError } from 'rxjs';

import { ImportWizardStore } from '@thidua/shared/data-access';

import { ImportWizardComponent, type ImportReportWithRows } from './import-wizard.component';

function report(invalid: number, dryRun = true): ImportReportWithRows {
  return {
    total: 2,
    valid: 2 - invalid,
    invalid,
    imported: dryRun ? 0 : 2,
    rows: [
      { row: 2, code: 'GK', name: 'Ban Tuyên giáo Tỉnh ủy', errors: [] },
      {
        row: 3,
        code: 'BK',
        name: 'Hoàng Thị Hiên',
        errors: invalid
          ? [
              { message: 'Không có danh hiệu mã "BK".' },
              // A code the web knows shows its own sentence, in the page's language.
              { code: 'import.unknownAward', params: { value: 'BKX' }, message: 'server' },
            ]
          : [],
      },
    ],
  };
}

class FakeImportStore extends ImportWizardStore<ImportReportWithRows> {
  protected readonly templateName = 'mau.xlsx';
  answers: ImportReportWithRows[] = [];
  templateFails = false;

  protected upload(): Observable<ImportReportWithRows> {
    return of(this.answers.shift() as ImportReportWithRows);
  }

  protected template(): Observable<HttpResponse<Blob>> {
    return this.templateFails
      ? throwError(() => ({ statusCode: 503, code: 'common.unavailable', message: 'Máy chủ bận.' }))
      : of(new HttpResponse({ body: new Blob(['x']) }));
  }
}

@Component({
  imports: [ImportWizardComponent],
  template: `
    <td-import-wizard [store]="store" fileId="f" codeLabel="Mã" nameLabel="Tên đối tượng">
      <span help>Các cột của tệp mẫu.</span>
      <span fixErrors>Chưa có khen thưởng nào được nhập.</span>
      <span done>Đã nhập {{ store.result()?.imported }} khen thưởng.</span>
      <a doneActions href="/award-history">Xem lịch sử</a>
    </td-import-wizard>
  `,
})
class HostComponent {
  readonly store = new FakeImportStore();
  readonly shown = signal(true);
}

describe('ImportWizardComponent', () => {
  async function open() {
    TestBed.configureTestingModule({ providers: [provideNoopAnimations()] });
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (text: string) =>
      [...el.querySelectorAll('button')].find((b) => b.textContent?.trim().endsWith(text));
    const choose = async (name: string) => {
      const input = el.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File(['x'], name)], configurable: true });
      input.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    const click = async (text: string) => {
      button(text)?.click();
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, el, store: fixture.componentInstance.store, button, choose, click };
  }

  it('should show the page’s help, refuse a file of another type and check a spreadsheet', async () => {
    const { el, store, button, choose, click } = await open();
    expect(el.textContent).toContain('Các cột của tệp mẫu.');
    expect(el.querySelector('label[for="f"]')).not.toBeNull();
    await choose('danh-sach.pdf');
    expect(el.textContent).toContain('Chỉ nhận tệp .xlsx hoặc .csv.');
    expect(button('Kiểm tra tệp')?.disabled).toBe(true);

    await choose('lich-su.xlsx');
    store.answers.push(report(1));
    await click('Kiểm tra tệp');
    expect(el.textContent).toContain('Chưa có khen thưởng nào được nhập.');
    expect(el.textContent).toContain('Không có danh hiệu mã "BK".');
    expect(el.textContent).toContain('Không có danh hiệu, hình thức mã "BKX".');
    expect(el.textContent).not.toContain('Ban Tuyên giáo Tỉnh ủy');
    expect([...el.querySelectorAll('th')].map((th) => th.textContent?.trim())).toEqual([
      'Dòng',
      'Mã',
      'Tên đối tượng',
      'Lỗi',
    ]);
    await click('Hiện tất cả các dòng');
    expect(el.textContent).toContain('Ban Tuyên giáo Tỉnh ủy');
    expect(button('Nhập dữ liệu')?.disabled).toBe(true);
  });

  it('should import a file whose rows are all valid and say what was imported', async () => {
    const { el, store, choose, click, button } = await open();
    await choose('lich-su.csv');
    store.answers.push(report(0), report(0, false));
    await click('Kiểm tra tệp');
    expect(el.textContent).toContain('Mọi dòng đều hợp lệ.');
    expect(button('Nhập dữ liệu')?.disabled).toBe(false);
    await click('Nhập dữ liệu');
    expect(el.textContent).toContain('Đã nhập 2 khen thưởng.');
    expect(el.querySelector('a[href="/award-history"]')).not.toBeNull();
    await click('Nhập tệp khác');
    expect(store.step()).toBe('choose');
  });

  it('should say why the template could not be downloaded', async () => {
    const { el, store, click } = await open();
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const saved = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await click('Tải tệp mẫu');
    expect(saved).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[role="alert"]')).toBeNull();
    store.templateFails = true;
    await click('Tải tệp mẫu');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Dịch vụ tạm thời không sẵn sàng. Vui lòng thử lại sau.',
    );
  });
});
