import { LOCALE_ID, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { CurrentUserResponse } from '@thidua/auth/contracts';
import { AuthStore } from '@thidua/auth/web';
import { type Permission, hasPermission } from '@thidua/shared/contracts';

import { ShellComponent } from './shell.component';

describe('ShellComponent', () => {
  async function render(role: CurrentUserResponse['role']) {
    const user = signal<CurrentUserResponse>({
      id: 'u',
      username: 'u',
      fullName: 'Phạm Minh Đức',
      role,
      unit: { id: 'd', name: 'Sở Tư pháp', shortName: null },
      mustChangePassword: false,
      secretariatOf: [],
    });
    TestBed.configureTestingModule({
      imports: [ShellComponent],
      providers: [
        provideRouter([]),
        { provide: LOCALE_ID, useValue: 'vi' },
        {
          provide: AuthStore,
          useValue: {
            user,
            can: (p: Permission) => hasPermission(user().role, p),
            logout: jest.fn(),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(ShellComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('should show the administration entries to an admin', async () => {
    const el = await render('admin');
    const nav = el.querySelector('nav')?.textContent ?? '';
    expect(nav).toContain('Trang chủ');
    expect(nav).toContain('Người dùng');
    expect(nav).toContain('Nhật ký hệ thống');
    expect(nav).toContain('Loại đơn vị');
    expect(nav).toContain('Danh mục khen thưởng');
  });

  it('should show the registry entries to every signed-in role', async () => {
    const el = await render('viewer');
    const links = Array.from(el.querySelectorAll('nav a [matListItemTitle]')).map((title) =>
      title.textContent?.trim(),
    );
    expect(links).toEqual(
      expect.arrayContaining(['Đơn vị', 'Khối, cụm thi đua', 'Phong trào thi đua']),
    );
    expect(links).toEqual(expect.arrayContaining(['Đề nghị khen thưởng', 'Lịch sử khen thưởng']));
    expect(links).not.toContain('Loại đơn vị');
    expect(links).not.toContain('Danh mục khen thưởng');
  });

  it('should show a clearance office only its home and its clearance and concurrence lists', async () => {
    const el = await render('clearance');
    const links = Array.from(el.querySelectorAll('nav a [matListItemTitle]')).map((title) =>
      title.textContent?.trim(),
    );
    expect(links).toEqual(['Trang chủ', 'Xác nhận trước khen thưởng', 'Hiệp y khen thưởng']);
  });

  it('should hide the administration entries from a unit user', async () => {
    const el = await render('unit');
    const nav = el.querySelector('nav')?.textContent ?? '';
    expect(nav).toContain('Trang chủ');
    expect(nav).not.toContain('Quản trị');
    expect(nav).not.toContain('Người dùng');
  });

  it('should have the account button and the English switch', async () => {
    const el = await render('viewer');
    // Named by its own text, which holds the name it shows (WCAG 2.5.3, label in name).
    const account = el.querySelector('button.user-button');
    expect(account?.getAttribute('aria-label')).toBeNull();
    expect(account?.textContent?.replace(/\s+/g, ' ')).toContain('Tài khoản: ');
    const language = Array.from(el.querySelectorAll('a')).find((a) =>
      a.textContent?.includes('English'),
    );
    expect(language?.getAttribute('href')).toBe('/en/');
  });
});
