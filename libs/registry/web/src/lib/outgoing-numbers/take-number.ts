import type { WritableSignal } from '@angular/core';
import type { FormControl } from '@angular/forms';

import type { ApiError } from '@thidua/shared/contracts';
import { toIsoDate } from '@thidua/shared/ui';

/** Takes the register's next number for a document dated `date` (yyyy-MM-dd). */
export type TakeNumber = (date: string) => Promise<{ symbol: string } | ApiError>;

/**
 * The dialogs' "Lấy số tiếp theo": fills `number` with the register's next number and symbol for
 * the date in `date` (asked for first), or sets `error` to what went wrong.
 */
export async function fillNextNumber(
  take: TakeNumber,
  controls: { number: FormControl<string>; date: FormControl<Date | null> },
  state: { busy: WritableSignal<boolean>; error: WritableSignal<string | null> },
): Promise<void> {
  const date = controls.date.value;
  if (!date) {
    controls.date.markAsTouched();
    state.error.set($localize`:@@alTakeNumberDateFirst:Chọn ngày văn bản trước khi lấy số.`);
    return;
  }
  state.busy.set(true);
  state.error.set(null);
  const answer = await take(toIsoDate(date));
  state.busy.set(false);
  if ('symbol' in answer) {
    controls.number.setValue(answer.symbol);
    controls.number.markAsDirty();
    return;
  }
  const fields = Object.values(answer.fieldErrors ?? {}).flat();
  state.error.set(fields.length ? fields.join(' ') : answer.message);
}
