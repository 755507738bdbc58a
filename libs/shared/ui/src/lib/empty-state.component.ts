import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/**
 * What a list shows when it has nothing to show, or when loading it failed (`tone="error"`).
 * Put a button inside for the way forward (add, clear filters, retry).
 */
@Component({
  selector: 'td-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  host: {
    '[class.error]': "tone() === 'error'",
    '[attr.role]': "tone() === 'error' ? 'alert' : 'status'",
  },
  template: `
    <mat-icon class="icon" aria-hidden="true">{{ icon() }}</mat-icon>
    <p class="title">{{ title() }}</p>
    @if (message()) {
      <p class="message">{{ message() }}</p>
    }
    <div class="actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: 8px;
      padding: 48px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
      color: var(--mat-sys-outline);
    }
    :host(.error) .icon {
      color: var(--mat-sys-error);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
    }
    .message {
      margin: 0;
      max-width: 48ch;
      font: var(--mat-sys-body-medium);
    }
    .actions:not(:empty) {
      margin-top: 8px;
    }
  `,
})
export class EmptyStateComponent {
  readonly title = input.required<string>();
  readonly message = input<string | null>(null);
  readonly icon = input('inbox');
  readonly tone = input<'empty' | 'error'>('empty');
}
