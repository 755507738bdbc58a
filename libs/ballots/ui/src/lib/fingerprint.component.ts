import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { hexGroups } from './labels';

/**
 * A counted secret ballot's fingerprint: the SHA-256 of its public record, in groups of four, to
 * compare with the minutes, the projector or a downloaded file.
 */
@Component({
  selector: 'td-fingerprint',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (showLabel()) {
      <span class="label" i18n="@@blFingerprint">Dấu vân tay hồ sơ công khai (SHA-256)</span>
    }
    <code class="value" data-testid="fingerprint" [attr.data-fingerprint]="value()">{{
      groups()
    }}</code>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 2px;
      max-width: 100%;
    }
    .label {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      font-family: ui-monospace, 'Cascadia Mono', 'Roboto Mono', Menlo, Consolas, monospace;
      font-size: 0.9rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class FingerprintComponent {
  readonly value = input.required<string>();
  /** Off where the page names the fingerprint itself. */
  readonly showLabel = input(true);

  protected readonly groups = computed(() => hexGroups(this.value()));
}
