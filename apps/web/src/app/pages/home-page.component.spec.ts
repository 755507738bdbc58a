import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';

import type { CurrentUserResponse } from '@thidua/auth/contracts';
import type { TaskItem } from '@thidua/reports/contracts';
import { AuthStore } from '@thidua/auth/web';
import { TasksApi } from '@thidua/reports/web';
import { hasPermission } from '@thidua/shared/contracts';

import { HomePageComponent } from './home-page.component';

describe('HomePageComponent', () => {
  async function render(user: CurrentUserResponse, tasks: TaskItem[] = []) {
    const current = signal(user);
    TestBed.configureTestingModule({
      imports: [HomePageComponent],
      providers: [
        provideRouter([]),
        { provide: TasksApi, useValue: { mine: () => of({ items: tasks }) } },
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
    expect(links).toEqual(['/account/password', '/account/mail']);
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
    expect(links).toEqual([
      '/admin/users',
      '/admin/audit-log',
      '/account/password',
      '/account/mail',
    ]);
  });

  it('should list what waits for a unit user as links, before the quick links', async () => {
    const el = await render(
      {
        id: 'd',
        username: 'donvi',
        fullName: 'Trần Văn Đức',
        role: 'unit',
        unit: { id: 'u', name: 'Ban Tuyên giáo', shortName: null },
        mustChangePassword: false,
        secretariatOf: [],
      },
      [
        {
          kind: 'scoresToEnter',
          path: '/scoring/b/2025/units/u',
          subject: 'Khối các cơ quan Tỉnh ủy',
          context: null,
          year: 2025,
          count: null,
          dueOn: null,
        },
      ],
    );
    const links = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('/scoring/b/2025/units/u');
    expect(el.querySelector('td-my-tasks h2')?.textContent).toContain('Việc cần làm');
  });
});
