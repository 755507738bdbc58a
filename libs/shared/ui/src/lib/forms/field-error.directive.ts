import { Directive, LOCALE_ID, computed, inject, input } from '@angular/core';
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
@Directive({
  selector: 'mat-error[tdFieldError]',
  host: { '[textContent]': 'message()' },
})
export class FieldErrorDirective {
  readonly control = input.required<AbstractControl>({ alias: 'tdFieldError' });

  private readonly locale = inject(LOCALE_ID);
  private readonly state = controlState(this.control);

  protected readonly message = computed(() => {
    const errors = this.state.errors();
    const maxlength = errors?.['maxlength'] as
      | { requiredLength: number; actualLength: number }
      | undefined;
    if (maxlength) {
      const { requiredLength: max, actualLength: actual } = maxlength;
      return $localize`:@@fieldErrorMaxLength:Tối đa ${max}:INTERPOLATION: ký tự (đang có ${actual}:INTERPOLATION_1:): hãy rút gọn.`;
    }
    if (errors?.['decimal']) {
      return $localize`:@@fieldErrorDecimal:Nhập một số, phần thập phân sau dấu phẩy (ví dụ 66,67).`;
    }
    const year = errors?.['year'] as { min: number; max: number } | undefined;
    if (year) {
      const { min, max } = year;
      return $localize`:@@fieldErrorYear:Năm phải từ ${min}:INTERPOLATION: đến ${max}:INTERPOLATION_1:.`;
    }
    const min = errors?.['min'] as { min: number } | undefined;
    if (min) {
      return $localize`:@@fieldErrorMin:Không được nhỏ hơn ${this.number(min.min)}:INTERPOLATION:.`;
    }
    const max = errors?.['max'] as { max: number } | undefined;
    if (max) {
      return $localize`:@@fieldErrorMax:Không được lớn hơn ${this.number(max.max)}:INTERPOLATION:.`;
    }
    return '';
  });

  private number(value: number): string {
    return formatDecimal(value, this.locale);
  }
}
