import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import type { EligibilityResult } from '@thidua/awards/contracts';
import { ServerMessagePipe } from '@thidua/shared/ui';

import { eligibilityStatusIcon, eligibilityStatusLabel } from '../labels';

/** The eligibility results: pass (green), warning (amber), blocker (red), with citations. */
@Component({
  selector: 'td-eligibility-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, ServerMessagePipe],
  template: `
    @if (results().length) {
      <p class="summary" role="status">{{ summary() }}</p>
      <ul class="results">
        @for (result of results(); track $index) {
          <li class="result" [class]="result.status">
            <mat-icon aria-hidden="true">{{ icon(result.status) }}</mat-icon>
            <div>
              <span class="status">{{ label(result.status) }}:</span>
              {{ result | tdServerMessage }}
              @if (result.citation) {
                <div class="citation">
                  {{ { code: result.citationCode, message: result.citation } | tdServerMessage }}
                </div>
              }
            </div>
          </li>
        }
      </ul>
    } @else {
      <p class="summary" i18n="@@awEligibilityNone">Chưa có kết quả kiểm tra điều kiện.</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .summary {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .results {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .result {
      display: flex;
      gap: 8px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      border-left: 4px solid;
    }
    .result.pass {
      background: #e7f5e9;
      color: #14401b;
      border-color: #2e7d32;
    }
    .result.warning {
      background: #fff1cc;
      color: #4d3300;
      border-color: #b26a00;
    }
    .result.blocker {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: var(--mat-sys-error);
    }
    .status {
      font-weight: 600;
    }
    .citation {
      margin-top: 2px;
      font: var(--mat-sys-body-small);
      opacity: 0.85;
    }
  `,
})
export class EligibilityPanelComponent {
  readonly results = input.required<readonly EligibilityResult[]>();

  protected readonly icon = eligibilityStatusIcon;
  protected readonly label = eligibilityStatusLabel;
  protected readonly summary = computed(() => {
    const results = this.results();
    const pass = results.filter((r) => r.status === 'pass').length;
    const warnings = results.filter((r) => r.status === 'warning').length;
    const blockers = results.filter((r) => r.status === 'blocker').length;
    return $localize`:@@awEligibilitySummary:${pass}:pass: đạt, ${warnings}:warnings: cần lưu ý, ${blockers}:blockers: chưa đạt`;
  });
}
