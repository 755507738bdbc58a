import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
} from '@angular/core';
import type { AbstractControl } from '@angular/forms';

import { formatDecimal } from '@thidua/shared/util';

import { controlState } from './control-state';

/**
 * The message of the limits every form shares, under its field: a text over its
 * `Validators.maxLength`, a number that cannot be read (`tdDecimal`), a year out of range
 * (`yearValidator`), a number under `Validators.min` or over `Validators.max`. Numbers show in
 * the page's language. Place it among the field's own errors; it stays empty for the others:
 * `<mat-error [tdFieldError]="form.controls.name" />`.
 */
@Component({
  selector: 'mat-error[tdFieldError]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (error()?.kind) {
      @case ('maxlength') {
        <ng-container i18n="@@fieldErrorMaxLength"
          >Tối đa {{ error()?.max }} ký tự (đang có {{ error()?.actual }}): hãy rút
          gọn.</ng-container
        >
      }
      @case ('decimal') {
        <ng-container i18n="@@fieldErrorDecimal"
          >Nhập một số, phần thập phân sau dấu phẩy (ví dụ 66,67).</ng-container
        >
      }
      @case ('min') {
        <ng-container i18n="@@fieldErrorMin"
          >Không được nhỏ hơn {{ num(error()?.min) }}.</ng-container
        >
      }
      @case ('max') {
        <ng-container i18n="@@fieldErrorMax"
          >Không được lớn hơn {{ num(error()?.max) }}.</ng-container
        >
      }
      @case ('year') {
        <ng-container i18n="@@fieldErrorYear"
          >Năm phải từ {{ error()?.min }} đến {{ error()?.max }}.</ng-container
        >
      }
    }
  `,
})
export class FieldErrorComponent {
  private readonly locale = inject(LOCALE_ID);

  readonly control = input.required<AbstractControl>({ alias: 'tdFieldError' });

  private readonly state = controlState(this.control);

  protected readonly error = computed(() => {
    const errors = this.state.errors();
    const maxlength = errors?.['maxlength'] as
      | { requiredLength: number; actualLength: number }
      | undefined;
    if (maxlength) {
      return { kind: 'maxlength', max: maxlength.requiredLength, actual: maxlength.actualLength };
    }
    if (errors?.['decimal']) return { kind: 'decimal' };
    const year = errors?.['year'] as { min: number; max: number } | undefined;
    if (year) return { kind: 'year', min: year.min, max: year.max };
    const min = errors?.['min'] as { min: number } | undefined;
    if (min) return { kind: 'min', min: min.min };
    const max = errors?.['max'] as { max: number } | undefined;
    if (max) return { kind: 'max', max: max.max };
    return null;
  });

  protected num(value: number | undefined): string {
    return formatDecimal(value, this.locale);
  }
}
