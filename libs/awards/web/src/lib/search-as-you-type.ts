import type { FormControl } from '@angular/forms';
import {
  Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  of,
  startWith,
  switchMap,
} from 'rxjs';

/**
 * Options for an autocomplete: searches with what is typed (not once an option is chosen),
 * debounced; a failed search shows no options.
 */
export function searchAsYouType<T>(
  control: FormControl<T | string | null>,
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

/** Validator helper: the control holds a chosen option (an object), not typed text. */
export function isChosen<T extends object>(value: T | string | null | undefined): value is T {
  return typeof value === 'object' && value !== null;
}
