import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { beneficiaryKindLabel } from '@thidua/awards/web';
import type { KindCounts } from '@thidua/reports/contracts';
import { CardTableDirective } from '@thidua/shared/ui';

import { numberVi } from '../labels';

export interface KindCountsRow {
  key: string;
  label: string;
  counts: KindCounts;
}

/** Counts per beneficiary kind as a table: the numbers beside a chart, for print and screen readers. */
@Component({
  selector: 'td-kind-counts-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CardTableDirective],
  template: `
    <div class="table-scroll">
      <table tdCardTable class="figures">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ heading() }}</th>
            @for (kind of kinds; track kind) {
              <th scope="col" class="number">{{ kindLabel(kind) }}</th>
            }
            <th scope="col" class="number" i18n="@@rpTotal">Tổng số</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (kind of kinds; track kind) {
                <td class="number">{{ number(row.counts[kind]) }}</td>
              }
              <td class="number">{{ number(row.counts.total) }}</td>
            </tr>
          }
        </tbody>
        @if (totals(); as totals) {
          <tfoot>
            <tr>
              <th scope="row" i18n="@@rpGrandTotal">Tổng cộng</th>
              @for (kind of kinds; track kind) {
                <td class="number">{{ number(totals[kind]) }}</td>
              }
              <td class="number">{{ number(totals.total) }}</td>
            </tr>
          </tfoot>
        }
      </table>
    </div>
  `,
  styleUrl: '../reports-page.scss',
})
export class KindCountsTableComponent {
  readonly caption = input.required<string>();
  readonly heading = input.required<string>();
  readonly rows = input.required<KindCountsRow[]>();
  readonly totals = input<KindCounts | null>(null);

  protected readonly kinds = ['collective', 'individual', 'household'] as const;
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly number = numberVi;
}
