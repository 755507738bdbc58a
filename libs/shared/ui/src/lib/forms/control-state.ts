import { type Signal, computed } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';

/**
 * A control's value and errors as signals, kept up to date through `control.events` (a zoneless
 * OnPush component would otherwise not see a value typed or an error set by the server).
 * Call in an injection context.
 */
export function controlState(control: Signal<AbstractControl>): {
  value: Signal<unknown>;
  errors: Signal<Record<string, unknown> | null>;
} {
  const state = toSignal(
    toObservable(control).pipe(
      switchMap((c) =>
        c.events.pipe(
          startWith(null),
          map(() => ({ value: c.value as unknown, errors: c.errors })),
        ),
      ),
    ),
    { initialValue: { value: null, errors: null } },
  );
  return { value: computed(() => state().value), errors: computed(() => state().errors) };
}

/**
 * The length limit of a control's `Validators.maxLength(n)`, found by asking its validators
 * about an overlong text (Angular keeps no list of them), or null when it has none.
 */
export function maxLengthOf(control: AbstractControl): number | null {
  const errors = control.validator?.(new FormControl('x'.repeat(1_000_000)));
  const maxlength = errors?.['maxlength'] as { requiredLength?: number } | undefined;
  return maxlength?.requiredLength ?? null;
}
