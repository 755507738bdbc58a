import { Directive, computed, input } from '@angular/core';
import type { AbstractControl } from '@angular/forms';

import { controlState, maxLengthOf } from './control-state';

/**
 * A text field's counter against its `Validators.maxLength`, e.g. "12/300", at the end of the
 * field's hint line: `<mat-hint align="end" [tdCharCount]="form.controls.name" />`. Fields carry
 * no `maxlength` attribute (it cuts pasted text without a word): the counter shows the limit and
 * `tdFieldError` explains an overlong text.
 */
@Directive({
  selector: 'mat-hint[tdCharCount]',
  host: {
    '[textContent]': 'text()',
    '[style.color]': "isOver() ? 'var(--mat-sys-error)' : null",
  },
})
export class CharCountDirective {
  readonly control = input.required<AbstractControl>({ alias: 'tdCharCount' });

  private readonly state = controlState(this.control);

  private readonly max = computed(() => maxLengthOf(this.control()));
  private readonly length = computed(() => {
    const value = this.state.value();
    return typeof value === 'string' ? value.length : 0;
  });
  protected readonly isOver = computed(() => {
    const max = this.max();
    return max !== null && this.length() > max;
  });
  protected readonly text = computed(() => `${this.length()}/${this.max() ?? ''}`);
}
