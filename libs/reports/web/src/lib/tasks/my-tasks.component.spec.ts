import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';

import type { TaskItem } from '@thidua/reports/contracts';

import { MyTasksComponent } from './my-tasks.component';
import { TasksApi } from './tasks.api';

const task = (fields: Partial<TaskItem>): TaskItem => ({
  kind: 'pledgeToSign',
  path: '/blocs/b1/pledge/2025',
  subject: 'Khối các cơ quan Tỉnh ủy',
  context: null,
  year: 2025,
  count: null,
  dueOn: null,
  ...fields,
});

describe('MyTasksComponent', () => {
  async function render(mine: jest.Mock, api: Partial<Record<keyof TasksApi, jest.Mock>> = {}) {
    TestBed.configureTestingModule({
      imports: [MyTasksComponent],
      providers: [
        provideRouter([]),
        provideNoopAnimations(),
        { provide: TasksApi, useValue: { mine, ...api } },
      ],
    });
    const fixture = TestBed.createComponent(MyTasksComponent);
    fixture.componentRef.setInput('canSendDigest', !!api.sendDigestNow);
    await fixture.whenStable();
    fixture.detectChanges();
    return { el: fixture.nativeElement as HTMLElement, fixture };
  }

  it('should list each waiting item as a link to its page, with its deadline', async () => {
    const { el } = await render(
      jest.fn().mockReturnValue(
        of({
          items: [
            task({ dueOn: '2000-01-15' }),
            task({
              kind: 'pledgeAwaitingSignatures',
              count: 3,
              dueOn: '2999-12-09',
            }),
            task({
              kind: 'nominationToComplete',
              path: '/nominations/n1',
              subject: 'Sở Y tế',
              context: 'Bằng khen',
            }),
          ],
        }),
      ),
    );
    const links = Array.from(el.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/blocs/b1/pledge/2025',
      '/blocs/b1/pledge/2025',
      '/nominations/n1',
    ]);
    expect(links[0].textContent).toContain(
      'Ký giao ước thi đua năm 2025 – Khối các cơ quan Tỉnh ủy',
    );
    expect(links[0].querySelector('.due.overdue')?.textContent).toBe('hạn 15/01/2000');
    expect(links[1].textContent).toContain('còn 3 đơn vị chưa ký');
    expect(links[1].querySelector('.due')?.classList).not.toContain('overdue');
    expect(links[2].textContent).toContain('Hoàn thiện hồ sơ đề nghị Bằng khen cho Sở Y tế');
  });

  it('should say when nothing waits', async () => {
    const { el } = await render(jest.fn().mockReturnValue(of({ items: [] })));
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('Không có việc nào đang chờ bạn.');
  });

  it('should show the error and try again', async () => {
    const mine = jest
      .fn()
      .mockReturnValueOnce(
        throwError(
          () =>
            new HttpErrorResponse({
              status: 503,
              error: { statusCode: 503, code: 'common.unavailable', message: 'Tạm thời gián đoạn' },
            }),
        ),
      )
      .mockReturnValue(of({ items: [task({})] }));
    const { el, fixture } = await render(mine);
    // The page shows the catalogue's sentence of the code, in its own language.
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Dịch vụ tạm thời không sẵn sàng. Vui lòng thử lại sau.',
    );
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(el.querySelectorAll('a')).toHaveLength(1);
    expect(mine).toHaveBeenCalledTimes(2);
  });

  it('should offer the board to send today’s digest now, and say how it went', async () => {
    const sendDigestNow = jest
      .fn()
      .mockReturnValue(of({ isConfigured: true, sent: 4, skipped: 2, failed: 0 }));
    const { el, fixture } = await render(jest.fn().mockReturnValue(of({ items: [] })), {
      sendDigestNow,
    });
    const button = Array.from(el.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Gửi thư nhắc việc hôm nay'),
    ) as HTMLButtonElement;
    button.click();
    await fixture.whenStable();
    expect(sendDigestNow).toHaveBeenCalledTimes(1);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Đã gửi 4 thư; 2 người đã nhận hôm nay hoặc không có việc; 0 thư lỗi.',
    );
  });

  it('should not offer the digest to others', async () => {
    const { el } = await render(jest.fn().mockReturnValue(of({ items: [] })));
    expect(el.textContent).not.toContain('Gửi thư nhắc việc hôm nay');
  });
});
