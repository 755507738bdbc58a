import { FormControl } from '@angular/forms';
import { of, throwError } from 'rxjs';

import { chosenOrEmpty, chosenRequired, isChosen, searchAsYouType } from './autocomplete';

interface Unit {
  id: string;
  name: string;
}

const SO_TU_PHAP: Unit = { id: 'u1', name: 'Sở Tư pháp' };

describe('autocomplete helpers', () => {
  afterEach(() => jest.useRealTimers());

  it('should search with what is typed, once typing pauses, and not for a chosen option', () => {
    jest.useFakeTimers();
    const control = new FormControl<Unit | string | null>('');
    const asked: string[] = [];
    const options: Unit[][] = [];
    searchAsYouType(control, (q) => {
      asked.push(q);
      return q === 'boom' ? throwError(() => new Error('down')) : of([SO_TU_PHAP]);
    }).subscribe((found) => options.push(found));
    jest.advanceTimersByTime(300);
    control.setValue('s');
    control.setValue('so tu');
    control.setValue(' so tu phap ');
    jest.advanceTimersByTime(300);
    control.setValue(SO_TU_PHAP);
    jest.advanceTimersByTime(300);
    control.setValue('boom');
    jest.advanceTimersByTime(300);
    expect(asked).toEqual(['', 'so tu phap', 'boom']);
    expect(options).toEqual([[SO_TU_PHAP], [SO_TU_PHAP], []]);
  });

  it('should tell a chosen option from typed text', () => {
    expect(isChosen(SO_TU_PHAP)).toBe(true);
    expect(isChosen('Sở Tư pháp')).toBe(false);
    expect(isChosen(null)).toBe(false);
  });

  it('should accept an optional field left empty, and refuse text never chosen', () => {
    const validate = (value: Unit | string | null) => chosenOrEmpty(new FormControl(value));
    expect(validate(null)).toBeNull();
    expect(validate('  ')).toBeNull();
    expect(validate(SO_TU_PHAP)).toBeNull();
    expect(validate('so tu')).toEqual({ notChosen: true });
  });

  it('should require an option chosen', () => {
    const validate = (value: Unit | string | null) => chosenRequired(new FormControl(value));
    expect(validate(SO_TU_PHAP)).toBeNull();
    expect(validate(null)).toEqual({ notChosen: true });
    expect(validate('Sở Tư pháp')).toEqual({ notChosen: true });
  });
});
