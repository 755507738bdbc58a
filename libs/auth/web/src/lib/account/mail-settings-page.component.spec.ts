import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { of, throwError } from 'rxjs';

import { AuthApi } from '../auth.api';
import { MailSettingsPageComponent } from './mail-settings-page.component';
import { MailSettingsStore } from './mail-settings.store';

describe('MailSettingsPageComponent', () => {
  async function render(saveMailSettings: jest.Mock) {
    TestBed.configureTestingModule({
      imports: [MailSettingsPageComponent],
      providers: [
        provideNoopAnimations(),
        MailSettingsStore,
        {
          provide: AuthApi,
          useValue: {
            mailSettings: jest
              .fn()
              .mockReturnValue(of({ email: 'thuky@example.vn', mailOptOut: false })),
            saveMailSettings,
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(MailSettingsPageComponent);
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const submit = async (el: HTMLElement, fixture: { whenStable(): Promise<unknown> }) => {
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  it('should show the address and save the opt-out', async () => {
    const save = jest.fn().mockReturnValue(of({ email: 'thuky@example.vn', mailOptOut: true }));
    const { el, fixture } = await render(save);
    const input = el.querySelector('input[type="email"]') as HTMLInputElement;
    expect(input.value).toBe('thuky@example.vn');
    (el.querySelector('mat-slide-toggle button') as HTMLButtonElement).click();
    await submit(el, fixture);
    expect(save).toHaveBeenCalledWith({ email: 'thuky@example.vn', mailOptOut: true });
  });

  it('should put the server’s field error under the address and keep the form', async () => {
    const save = jest.fn().mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'common.validation',
              message: 'Dữ liệu không hợp lệ',
              fieldErrors: { email: ['Địa chỉ thư không hợp lệ'] },
            },
          }),
      ),
    );
    const { el, fixture } = await render(save);
    await submit(el, fixture);
    fixture.detectChanges();
    expect(el.querySelector('mat-error')?.textContent).toContain('Địa chỉ thư không hợp lệ');
  });

  it('should not send an address that is not one', async () => {
    const save = jest.fn();
    const { el, fixture } = await render(save);
    const input = el.querySelector('input[type="email"]') as HTMLInputElement;
    input.value = 'không phải thư';
    input.dispatchEvent(new Event('input'));
    await submit(el, fixture);
    fixture.detectChanges();
    expect(save).not.toHaveBeenCalled();
    expect(el.querySelector('mat-error')?.textContent).toContain('Địa chỉ thư không hợp lệ');
  });
});
