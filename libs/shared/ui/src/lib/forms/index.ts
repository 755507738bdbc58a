import { CharCountDirective } from './char-count.directive';
import { DecimalInputDirective } from './decimal-input.directive';
import { FieldErrorDirective } from './field-error.directive';
import { FocusFirstErrorDirective } from './focus-first-error';

export * from './char-count.directive';
export * from './control-state';
export * from './decimal-input.directive';
export * from './field-error.directive';
export * from './focus-first-error';
export * from './year.validator';

/**
 * What a form imports to explain its limits: `tdCharCount`, `tdFieldError`, `tdDecimal` and
 * `tdFocusFirstError` (see each).
 */
export const FORM_HELPERS = [
  CharCountDirective,
  DecimalInputDirective,
  FieldErrorDirective,
  FocusFirstErrorDirective,
] as const;
