import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { beneficiaryKindLabel, nominationStatusLabel } from '@thidua/awards/web';
import type { AwardRecordRow, NominationRecordRow } from '@thidua/reports/contracts';
import { CardTableDirective } from '@thidua/shared/ui';

import { dateVi } from '../labels';
import { personRecordPath } from '../reports.paths';

/** Awards received and nominations, as two tables; shared by the unit and person records. */
@Component({
  selector: 'td-award-rows',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, CardTableDirective],
  template: `
    <ng-template #beneficiary let-row>
      @if (row.personId) {
        <a [routerLink]="personPath(row.personId)">{{ row.beneficiary }}</a>
      } @else {
        {{ row.beneficiary }}
      }
      ({{ kindLabel(row.kind) }})
    </ng-template>
    <section class="section" aria-labelledby="rec-nominations">
      <h2 class="section-title" id="rec-nominations" i18n="@@rpRecNominations">
        Đề nghị khen thưởng
      </h2>
      @if (nominations().length) {
        <table tdCardTable class="figures">
          <thead>
            <tr>
              <th scope="col" i18n="@@year">Năm</th>
              <th scope="col" i18n="@@rpGroupAward">Danh hiệu, hình thức</th>
              <th scope="col" i18n="@@rpBeneficiary">Đối tượng</th>
              <th scope="col" i18n="@@rpStatus">Trạng thái</th>
              <th scope="col" class="number" i18n="@@rpVotes">Số phiếu</th>
            </tr>
          </thead>
          <tbody>
            @for (n of nominations(); track n.id) {
              <tr>
                <td>{{ n.year }}</td>
                <td>{{ n.award.name }}</td>
                <td>
                  <ng-container *ngTemplateOutlet="beneficiary; context: { $implicit: n }" />
                </td>
                <td>{{ statusLabel(n.status) }}</td>
                <td class="number">
                  {{ n.votes === null ? '' : n.votes + '/' + n.voteDenominator }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="muted" i18n="@@rpRecNoNominations">Chưa có đề nghị khen thưởng.</p>
      }
    </section>
    <section class="section" aria-labelledby="rec-awards">
      <h2 class="section-title" id="rec-awards" i18n="@@rpRecAwards">Khen thưởng đã nhận</h2>
      @if (awards().length) {
        <table tdCardTable class="figures">
          <thead>
            <tr>
              <th scope="col" i18n="@@year">Năm</th>
              <th scope="col" i18n="@@rpGroupAward">Danh hiệu, hình thức</th>
              <th scope="col" i18n="@@rpBeneficiary">Đối tượng</th>
              <th scope="col" i18n="@@rpDecision">Quyết định</th>
            </tr>
          </thead>
          <tbody>
            @for (a of awards(); track a.id) {
              <tr>
                <td>{{ a.year }}</td>
                <td>{{ a.award.name }}</td>
                <td>
                  <ng-container *ngTemplateOutlet="beneficiary; context: { $implicit: a }" />
                </td>
                <td>
                  @if (a.decisionNumber) {
                    <ng-container i18n="@@rpDecisionLine"
                      >Số {{ a.decisionNumber }} ngày {{ date(a.decisionDate) }}</ng-container
                    >
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="muted" i18n="@@rpRecNoAwards">Chưa có khen thưởng.</p>
      }
    </section>
  `,
  styleUrl: '../reports-page.scss',
})
export class AwardRowsComponent {
  readonly awards = input.required<AwardRecordRow[]>();
  readonly nominations = input.required<NominationRecordRow[]>();

  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly statusLabel = nominationStatusLabel;
  protected readonly date = dateVi;
  protected readonly personPath = personRecordPath;
}
