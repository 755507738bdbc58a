import { Directive, ElementRef, LOCALE_ID, forwardRef, inject } from '@angular/core';
import {
  type AbstractControl,
  type ControlValueAccessor,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';

import { formatDecimal, parseDecimal } from '@thidua/shared/util';

/**
 * A decimal number field that takes the Vietnamese decimal comma: `<input matInput tdDecimal
 * formControlName="quorumPercent" />`. The control holds a number (or null when empty); the field
 * shows it with the page language's separator ("66,67" in Vietnamese, "66.67" in English), takes
 * either when typed, and never reads grouping ("6.667" is not 6667). Text that is not a number
 * leaves the control invalid with `{ decimal: true }` (shown by `tdFieldError`), never a guess.
 * Use it for every decimal field (percentages, scores, points, caps) instead of `type="number"`,
 * whose parsing follows the browser's language.
 */
@Directive({
  selector: 'input[tdDecimal]',
  host: {
    inputmode: 'decimal',
    autocomplete: 'off',
    '(input)': 'read()',
    '(blur)': 'touched()',
  },
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => DecimalInputDirective),
      multi: true,
    },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => DecimalInputDirective), multi: true },
  ],
})
export class DecimalInputDirective implements ControlValueAccessor, Validator {
  private readonly input = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private readonly locale = inject(LOCALE_ID);
  private isUnreadable = false;
  private onChange: (value: number | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: number | string | null): void {
    const number = typeof value === 'string' ? parseDecimal(value) : value;
    this.isUnreadable = false;
    this.input.value = formatDecimal(number, this.locale);
  }

  registerOnChange(fn: (value: number | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(isDisabled: boolean): void {
    this.input.disabled = isDisabled;
  }

  validate(_control: AbstractControl): ValidationErrors | null {
    return this.isUnreadable ? { decimal: true } : null;
  }

  protected read(): void {
    const value = parseDecimal(this.input.value);
    this.isUnreadable = Number.isNaN(value);
    // An unreadable text keeps no number: the validator above says why the field is wrong.
    this.onChange(this.isUnreadable ? null : value);
  }

  protected touched(): void {
    this.onTouched();
  }
}
