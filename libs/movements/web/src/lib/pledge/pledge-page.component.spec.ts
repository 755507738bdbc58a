import { HttpErrorResponse } from '@angular/common/http';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';

import type { PledgeResponse } from '@thidua/movements/contracts';

import { MOVEMENTS_ACCESS } from '../movements-access';
import { PledgePageComponent } from './pledge-page.component';
import { PledgeStore } from './pledge.store';
import { PledgesApi } from './pledges.api';

function pledge(): PledgeResponse {
  return {
    id: 'p1',
    blocId: 'b1',
    bloc: { id: 'b1', name: 'Khối Nội chính', kind: 'khoi' },
    year: 2025,
    movement: null,
    title: 'Bản giao ước thi đua năm 2025',
    place: 'Lào Cai',
    commitments: ['Hoàn thành xuất sắc nhiệm vụ', 'Đẩy mạnh cải cách hành chính'],
    status: 'open',
    lockedAt: null,
    units: [
      {
        unit: { id: 'u2', code: 'SYT', name: 'Sở Y tế', shortName: null },
        role: null,
        targets: ['Giảm 10% thủ tục'],
        titles: ['Cờ thi đua của UBND tỉnh'],
        signature: null,
        version: 1,
      },
      {
        unit: { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null },
        role: 'head',
        targets: [],
        titles: [],
        signature: {
          unit: { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null },
          signerName: 'Nguyễn Văn An',
          signerPosition: 'Giám đốc',
          signedOn: '2025-02-03',
          method: 'app',
          scan: null,
          recordedBy: null,
          recordedAt: '2025-02-03T00:00:00Z',
        },
        version: 0,
      },
    ],
    signedCount: 1,
    memberCount: 2,
    canManage: false,
    signableUnitIds: ['u2'],
    version: 1,
  };
}

describe('PledgePageComponent', () => {
  async function render(api: Partial<Record<keyof PledgesApi, jest.Mock>>) {
    TestBed.configureTestingModule({
      imports: [PledgePageComponent],
      providers: [
        provideRouter([]),
        provideNoopAnimations(),
        { provide: LOCALE_ID, useValue: 'en-US' },
        PledgeStore,
        { provide: PledgesApi, useValue: api },
        {
          provide: MOVEMENTS_ACCESS,
          useValue: {
            can: () => true,
            user: () => ({ role: 'unit', unit: { id: 'u2', name: 'Sở Y tế' } }),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(PledgePageComponent);
    fixture.componentRef.setInput('blocId', 'b1');
    fixture.componentRef.setInput('year', '2025');
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  /** Button names without the icon ligatures. */
  const buttons = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('button')).map((button) => {
      const label = (button.querySelector('.mdc-button__label') ?? button).cloneNode(
        true,
      ) as Element;
      label.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
      return label.textContent?.trim();
    });

  it('should show the progress, the unsigned units, the commitments and the signature', async () => {
    const el = await render({ get: jest.fn().mockReturnValue(of(pledge())) });
    const text = el.textContent ?? '';
    expect(el.querySelector('h1')?.textContent).toContain('Giao ước thi đua năm 2025');
    expect(el.querySelector('#pledge-progress-text')?.textContent?.trim()).toBe('Đã ký 1/2');
    expect(text).toContain('Chưa ký:');
    expect(text).toContain('Đẩy mạnh cải cách hành chính');
    expect(text).toContain('Ký trên ứng dụng');
    expect(text).toContain('03/02/2025');
    const rows = Array.from(el.querySelectorAll('tbody tr th')).map((th) => th.textContent);
    expect(rows[0]).toContain('Sở Tư pháp');
    expect(rows[0]).toContain('Trưởng khối');
    expect(buttons(el)).toEqual(
      expect.arrayContaining(['Ký giao ước', 'Đăng ký chỉ tiêu', 'Tải PDF', 'Tải DOCX']),
    );
    expect(buttons(el)).not.toContain('Sửa nội dung giao ước');
  });

  it('should disable signing and say why while section I is empty', async () => {
    const el = await render({
      get: jest.fn().mockReturnValue(of({ ...pledge(), commitments: [] })),
    });
    const reason = el.querySelector('#pledge-sign-blocked');
    expect(reason?.textContent).toContain('mục I (nội dung giao ước chung) còn trống');
    const signButton = Array.from(el.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Ký giao ước'),
    );
    expect(signButton?.disabled).toBe(true);
    expect(signButton?.getAttribute('aria-describedby')).toBe('pledge-sign-blocked');
  });

  it('should leave signing open when section I has content', async () => {
    const el = await render({ get: jest.fn().mockReturnValue(of(pledge())) });
    expect(el.querySelector('#pledge-sign-blocked')).toBeNull();
    const signButton = Array.from(el.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Ký giao ước'),
    );
    expect(signButton?.disabled).toBe(false);
  });

  it('should offer to draw up a missing pledge to the bloc secretariat', async () => {
    const el = await render({
      get: jest.fn().mockReturnValue(
        throwError(
          () =>
            new HttpErrorResponse({
              status: 404,
              error: { statusCode: 404, code: 'pledges.notFound', message: 'Chưa có' },
            }),
        ),
      ),
      getBlocYear: jest.fn().mockReturnValue(of({ canManage: true })),
    });
    expect(el.textContent).toContain('Khối chưa có bản giao ước thi đua năm 2025');
    expect(buttons(el)).toContain('Soạn bản giao ước');
    expect(buttons(el)).not.toContain('Tải PDF');
  });
});
