import type { AbstractControl, ValidationErrors } from '@angular/forms';

import { FIRST_YEAR, isSensibleYear, lastYear } from '@thidua/shared/util';

/**
 * A year typed into a form: empty, or a whole year from 1945 to five years ahead
 * (`isSensibleYear`). The error `{ year: { min, max } }` is explained by `tdFieldError`.
 */
export function yearValidator(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (value === null || value === undefined || value === '') return null;
  return isSensibleYear(Number(value)) ? null : { year: { min: FIRST_YEAR, max: lastYear() } };
}
