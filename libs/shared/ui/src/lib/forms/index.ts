import { CharCountComponent } from './char-count.component';
import { DecimalInputDirective } from './decimal-input.directive';
import { FieldErrorComponent } from './field-error.component';
import { FocusFirstErrorDirective } from './focus-first-error';

export * from './char-count.component';
export * from './control-state';
export * from './decimal-input.directive';
export * from './field-error.component';
export * from './focus-first-error';
export * from './year.validator';

/**
 * What a form imports to explain its limits: `tdCharCount`, `tdFieldError`, `tdDecimal` and
 * `tdFocusFirstError` (see each).
 */
export const FORM_HELPERS = [
  CharCountComponent,
  DecimalInputDirective,
  FieldErrorComponent,
  FocusFirstErrorDirective,
] as const;
