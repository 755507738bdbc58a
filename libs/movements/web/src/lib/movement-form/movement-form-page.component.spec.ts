import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';

import { provideDayMonthYearDateAdapter } from '@thidua/shared/ui';

import { MovementsApi } from '../movements.api';
import { MovementFormPageComponent } from './movement-form-page.component';
import { MovementFormStore } from './movement-form.store';

describe('MovementFormPageComponent', () => {
  async function render() {
    const page = { items: [], total: 0, page: 1, pageSize: 20 };
    TestBed.configureTestingModule({
      imports: [MovementFormPageComponent],
      providers: [
        provideRouter([]),
        provideNoopAnimations(),
        provideDayMonthYearDateAdapter(),
        { provide: LOCALE_ID, useValue: 'en-US' },
        MovementFormStore,
        {
          provide: MovementsApi,
          useValue: {
            searchBlocs: jest.fn().mockReturnValue(of(page)),
            searchUnits: jest.fn().mockReturnValue(of(page)),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(MovementFormPageComponent);
    await fixture.whenStable();
    return fixture;
  }

  const labels = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('mat-label')).map((label) => label.textContent?.trim());

  it('should label the fields and number the target rows', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    expect(labels(el)).toEqual(
      expect.arrayContaining([
        'Loại phong trào',
        'Tên phong trào',
        'Cơ quan phát động',
        'Ngày bắt đầu',
        'Ngày kết thúc',
        'Khối tham gia',
        'Đơn vị tham gia',
      ]),
    );
    const add = Array.from(el.querySelectorAll('button')).find((button) =>
      button.textContent?.includes('Thêm chỉ tiêu'),
    );
    add?.click();
    add?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(labels(el)).toEqual(
      expect.arrayContaining(['Nội dung chỉ tiêu 1', 'Nội dung chỉ tiêu 2']),
    );
  });
});
