import { AbstractControl, FormGroup } from '@angular/forms';

import type { ApiError } from '@thidua/shared/contracts';

import { translateFieldErrors } from './server-messages/server-message';

/**
 * Puts the server's `fieldErrors` onto the matching controls as `{ server: message }`, in the
 * page's language (`fieldErrorCodes`, see `translateFieldErrors`), so the form shows them under the fields. Keys are dotted paths (`unit.id`); a key may also name the
 * control by its request name when the form names it differently (`aliases`). Returns the
 * messages that matched no control, for the page to show above the form.
 */
export function applyFieldErrors(
  form: FormGroup,
  error: Pick<ApiError, 'fieldErrors' | 'fieldErrorCodes'> | null | undefined,
  aliases: Readonly<Record<string, string>> = {},
): string[] {
  const unmatched: string[] = [];
  for (const [key, messages] of Object.entries(translateFieldErrors(error) ?? {})) {
    if (!messages?.length) continue;
    const path = aliases[key] ?? key;
    const control: AbstractControl | null = form.get(path);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
      control.markAsTouched();
    } else {
      unmatched.push(...messages);
    }
  }
  return unmatched;
}

/** The server message set by `applyFieldErrors`, if any. */
export function serverError(control: AbstractControl | null): string | null {
  const value: unknown = control?.errors?.['server'];
  return typeof value === 'string' ? value : null;
}
