import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

import { checkPasswordStrength } from '@thidua/auth/contracts';

import { passwordStrengthMessage } from './labels';

/** Applies the shared password rules; the error carries the message to show. */
export const passwordStrengthValidator: ValidatorFn = (
  control: AbstractControl<string | null>,
): ValidationErrors | null => {
  const value = control.value ?? '';
  if (!value) return null;
  const reason = checkPasswordStrength(value);
  return reason ? { strength: passwordStrengthMessage(reason) } : null;
};

/** On a group: the `confirm` control must equal the `password` control. Sets the error on `confirm`. */
export function matchingPasswordsValidator(password: string, confirm: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const confirmControl = group.get(confirm);
    const matches = group.get(password)?.value === confirmControl?.value;
    if (!confirmControl) return null;
    const { mismatch: _mismatch, ...rest } = confirmControl.errors ?? {};
    if (!matches && confirmControl.value) {
      confirmControl.setErrors({ ...rest, mismatch: true });
    } else if (confirmControl.hasError('mismatch')) {
      confirmControl.setErrors(Object.keys(rest).length ? rest : null);
    }
    return null;
  };
}
