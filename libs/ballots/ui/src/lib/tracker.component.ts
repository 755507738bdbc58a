import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';

import { hexGroups } from './labels';

/**
 * A vote's receipt (a secret ballot's tracker, 64 hex): its first 16 characters in groups of four,
 * large enough to note down, and the whole value below, with a button to copy it.
 */
@Component({
  selector: 'td-tracker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="label" i18n="@@blReceiptLabel">Mã biên nhận</p>
    <p class="short" data-testid="tracker">{{ short() }}</p>
    @if (isLong()) {
      <p class="full" data-testid="tracker-full">{{ receipt() }}</p>
    }
    <button type="button" class="button" (click)="copy()">
      @if (isCopied()) {
        <span i18n="@@blReceiptCopied">Đã sao chép</span>
      } @else {
        <span i18n="@@blReceiptCopy">Sao chép mã đầy đủ</span>
      }
    </button>
  `,
  styles: `
    @use 'plain-controls';
    @include plain-controls.buttons;
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 4px;
      max-width: 100%;
    }
    p {
      margin: 0;
    }
    .label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .short {
      padding: 8px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      font-family: ui-monospace, 'Cascadia Mono', 'Roboto Mono', Menlo, Consolas, monospace;
      font-size: 1.6rem;
      font-weight: 700;
      letter-spacing: 0.04em;
      text-align: center;
      overflow-wrap: anywhere;
    }
    .full {
      max-width: 100%;
      font-family: ui-monospace, 'Cascadia Mono', 'Roboto Mono', Menlo, Consolas, monospace;
      font-size: 0.75rem;
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
      text-align: center;
    }
  `,
})
export class TrackerComponent {
  readonly receipt = input.required<string>();

  protected readonly isCopied = signal(false);
  protected readonly isLong = computed(() => this.receipt().length > 16);
  protected readonly short = computed(() => hexGroups(this.receipt(), 16));

  protected copy(): void {
    const text = this.receipt();
    // The clipboard API needs HTTPS; a hall's plain-HTTP address falls back to a selected text.
    const copied = navigator.clipboard
      ? navigator.clipboard.writeText(text).then(
          () => true,
          () => copyBySelection(text),
        )
      : Promise.resolve(copyBySelection(text));
    void copied.then((isCopied) => this.isCopied.set(isCopied));
  }
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
