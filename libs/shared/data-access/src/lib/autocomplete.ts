import type { AbstractControl, ValidationErrors } from '@angular/forms';
import {
  type Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  of,
  startWith,
  switchMap,
} from 'rxjs';

/**
 * An autocomplete's control: holds the option chosen (an object) or the text typed while searching.
 * Only what `searchAsYouType` reads of it.
 */
export interface AutocompleteControl {
  readonly value: unknown;
  readonly valueChanges: Observable<unknown>;
}

/**
 * Options for an autocomplete: searches with what is typed (not once an option is chosen),
 * debounced; a failed search shows no options.
 */
export function searchAsYouType<T>(
  control: AutocompleteControl,
  search: (q: string) => Observable<T[]>,
): Observable<T[]> {
  return control.valueChanges.pipe(
    startWith(typeof control.value === 'string' ? control.value : ''),
    filter((value): value is string | null => typeof value === 'string' || value === null),
    debounceTime(250),
    distinctUntilChanged(),
    switchMap((q) => search((q ?? '').trim()).pipe(catchError(() => of<T[]>([])))),
  );
}

/** The control holds a chosen option (an object), not typed text. */
export function isChosen<T extends object>(value: T | string | null | undefined): value is T {
  return typeof value === 'object' && value !== null;
}

/** Validator of an optional autocomplete: empty, or an option chosen (`notChosen` otherwise). */
export function chosenOrEmpty(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return value === null || (typeof value === 'string' && !value.trim()) || isChosen(value as object)
    ? null
    : { notChosen: true };
}

/** Validator of a required autocomplete: an option chosen (`notChosen` otherwise). */
export function chosenRequired(control: AbstractControl): ValidationErrors | null {
  return isChosen(control.value as object | null) ? null : { notChosen: true };
}
