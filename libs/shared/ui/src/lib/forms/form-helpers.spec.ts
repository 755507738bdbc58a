import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { FORM_HELPERS } from './index';
import { maxLengthOf } from './control-state';
import { yearValidator } from './year.validator';

@Component({
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FORM_HELPERS],
  template: `
    <form tdFocusFirstError [formGroup]="form" (ngSubmit)="submitted = submitted + 1">
      <mat-form-field>
        <mat-label>Tên</mat-label>
        <input matInput formControlName="name" />
        <mat-hint align="end" [tdCharCount]="form.controls.name" />
        <mat-error [tdFieldError]="form.controls.name" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Tỷ lệ</mat-label>
        <input matInput tdDecimal formControlName="quorum" />
        <mat-error [tdFieldError]="form.controls.quorum" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Năm</mat-label>
        <input matInput type="number" formControlName="year" />
        <mat-error [tdFieldError]="form.controls.year" />
      </mat-form-field>
      <button type="submit">Lưu</button>
    </form>
  `,
})
class HostComponent {
  submitted = 0;
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10)] }),
    quorum: new FormControl<number | null>(50, [Validators.min(0), Validators.max(100)]),
    year: new FormControl<number | null>(2024, [yearValidator]),
  });
}

async function open(locale = 'vi') {
  TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: locale }] });
  const fixture = TestBed.createComponent(HostComponent);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const input = (name: string) =>
    el.querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;
  const type = async (name: string, text: string, leave = true) => {
    input(name).value = text;
    input(name).dispatchEvent(new Event('input'));
    if (leave) input(name).dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const errors = () => Array.from(el.querySelectorAll('mat-error'), (e) => e.textContent?.trim());
  return { fixture, el, input, type, errors, form: fixture.componentInstance.form };
}

describe('form helpers', () => {
  it('should count a text against its limit and explain an overlong one without cutting it', async () => {
    const { el, type, errors, form } = await open();
    expect(el.querySelector('mat-hint')?.textContent?.trim()).toBe('0/10');
    // While typing, the counter; once the field is left, the message in its place.
    await type('name', 'Ủy ban nhân dân', false);
    expect(form.controls.name.value).toBe('Ủy ban nhân dân');
    expect(el.querySelector('mat-hint')?.textContent?.trim()).toBe('15/10');
    await type('name', 'Ủy ban nhân dân');
    expect(errors()).toContain('Tối đa 10 ký tự (đang có 15): hãy rút gọn.');
  });

  it('should read "66,67" as 66.67, show it back with a comma and refuse what is no number', async () => {
    const { input, type, errors, form, fixture } = await open();
    expect(input('quorum').value).toBe('50');
    await type('quorum', '66,67');
    expect(form.controls.quorum.value).toBe(66.67);
    expect(form.controls.quorum.valid).toBe(true);
    form.controls.quorum.setValue(12.5);
    await fixture.whenStable();
    expect(input('quorum').value).toBe('12,5');
    await type('quorum', '6.667,5');
    expect(form.controls.quorum.hasError('decimal')).toBe(true);
    expect(errors()).toContain('Nhập một số, phần thập phân sau dấu phẩy (ví dụ 66,67).');
    await type('quorum', '120');
    expect(errors()).toContain('Không được lớn hơn 100.');
  });

  it('should show a decimal with a point on the English page', async () => {
    const { input, fixture, form } = await open('en');
    form.controls.quorum.setValue(66.67);
    await fixture.whenStable();
    expect(input('quorum').value).toBe('66.67');
  });

  it('should refuse the year 9999 with the range it takes', async () => {
    const { type, errors, form } = await open();
    await type('year', '9999');
    expect(form.controls.year.hasError('year')).toBe(true);
    const last = new Date().getFullYear() + 5;
    expect(errors()).toContain(`Năm phải từ 1945 đến ${last}.`);
  });

  it('should scroll to and focus the first field in error on an invalid submit', async () => {
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = scrolled;
    const { el, input, fixture, form } = await open();
    form.controls.quorum.setValue(500);
    form.controls.year.setValue(9999);
    (el.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(document.activeElement).toBe(input('quorum'));
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(form.controls.year.touched).toBe(true);
  });

  it('should find the limit of a control, or none', () => {
    expect(maxLengthOf(new FormControl('', Validators.maxLength(255)))).toBe(255);
    expect(maxLengthOf(new FormControl('', Validators.required))).toBeNull();
    expect(maxLengthOf(new FormControl(''))).toBeNull();
  });
});
