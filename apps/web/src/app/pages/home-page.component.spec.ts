import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { CurrentUserResponse } from '@thidua/auth/contracts';
import { AuthStore } from '@thidua/auth/web';
import { hasPermission } from '@thidua/shared/contracts';

import { HomePageComponent } from './home-page.component';

describe('HomePageComponent', () => {
  async function render(user: CurrentUserResponse) {
    const current = signal(user);
    TestBed.configureTestingModule({
      imports: [HomePageComponent],
      providers: [
        provideRouter([]),
        {
          provide: AuthStore,
          useValue: {
            user: computed(() => current()),
            can: (p: Parameters<typeof hasPermission>[1]) => hasPermission(current().role, p),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(HomePageComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('should greet a secretariat user with the blocs of this year and allowed links', async () => {
    const year = new Date().getFullYear();
    const el = await render({
      id: 'u',
      username: 'thuky',
      fullName: 'Lê Thị Cúc',
      role: 'secretariat',
      unit: { id: 'd', name: 'Sở Y tế', shortName: 'SYT' },
      mustChangePassword: false,
      secretariatOf: [{ blocId: 'b', blocName: 'Khối Văn hóa – Xã hội', year, position: 'head' }],
    });
    expect(el.querySelector('h1')?.textContent).toContain('Lê Thị Cúc');
    expect(el.textContent).toContain('Thư ký khối');
    expect(el.textContent).toContain('Sở Y tế');
    expect(el.textContent).toContain(`Trưởng khối – Khối Văn hóa – Xã hội – năm ${year}`);
    const links = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/account/password']);
  });

  it('should show the administration links to an admin', async () => {
    const el = await render({
      id: 'a',
      username: 'admin',
      fullName: 'Nguyễn Văn An',
      role: 'admin',
      unit: null,
      mustChangePassword: false,
      secretariatOf: [],
    });
    const links = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/admin/users', '/admin/audit-log', '/account/password']);
  });
});
