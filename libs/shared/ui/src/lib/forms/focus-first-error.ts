import { Directive, ElementRef, Injector, afterNextRender, inject } from '@angular/core';
import { FormGroupDirective } from '@angular/forms';

const FOCUSABLE =
  'input:not([type="hidden"]), textarea, select, [role="combobox"], [tabindex]:not([tabindex="-1"])';

/**
 * Scrolls to the first field in error under `root` and focuses it (a form field marked invalid by
 * Material, else any control Angular marks invalid). Returns whether one was found.
 */
export function focusFirstError(root: HTMLElement): boolean {
  const field =
    root.querySelector<HTMLElement>('.mat-form-field-invalid') ??
    root.querySelector<HTMLElement>('[aria-invalid="true"], .ng-invalid.ng-touched:not(form)');
  if (!field) return false;
  const target = field.matches(FOCUSABLE) ? field : field.querySelector<HTMLElement>(FOCUSABLE);
  (target ?? field).scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
  return true;
}

/**
 * On a form, `<form [formGroup]="form" (ngSubmit)="save()" tdFocusFirstError>`: a submit while
 * the form is invalid marks every field touched (so each shows its message) and, once they are
 * drawn, scrolls to the first one in error and focuses it, instead of leaving the user to hunt
 * for a red line.
 */
@Directive({
  selector: 'form[tdFocusFirstError]',
  host: { '(submit)': 'showFirstError()' },
})
export class FocusFirstErrorDirective {
  private readonly form = inject(FormGroupDirective, { self: true, optional: true });
  private readonly host = inject<ElementRef<HTMLFormElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected showFirstError(): void {
    // A form of loose controls (`[formControl]`) marks them itself; its fields are found the same.
    if (this.form?.valid) return;
    this.form?.control.markAllAsTouched();
    afterNextRender(() => focusFirstError(this.host), { injector: this.injector });
  }
}
