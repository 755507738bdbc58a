import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { AuthStore } from '@thidua/auth/web';
import { EmptyStateComponent } from '@thidua/shared/ui';

import { servedYears } from '../report-scope';

/**
 * Shown instead of a report when a secretariat picks a year in which its unit serves no bloc:
 * says so and names the years it does serve, rather than asking the API for a refusal.
 */
@Component({
  selector: 'td-out-of-scope',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyStateComponent],
  template: `<td-empty-state icon="event_busy" [title]="title()" [message]="message()" />`,
})
export class OutOfScopeComponent {
  private readonly auth = inject(AuthStore);

  readonly year = input.required<number>();

  private readonly servedYears = computed(() => servedYears(this.auth.user()));

  protected readonly title = computed(
    () => $localize`:@@rpOutOfScopeTitle:Không có khối, cụm nào để xem năm ${this.year()}:year:`,
  );
  protected readonly message = computed(() => {
    const years = this.servedYears();
    return years.length
      ? $localize`:@@rpOutOfScopeYears:Đơn vị của bạn làm thư ký khối, cụm thi đua trong năm ${years.join(', ')}:years:. Hãy chọn một năm trong số đó.`
      : $localize`:@@rpOutOfScopeNone:Đơn vị của bạn chưa được giao làm thư ký khối, cụm thi đua nào.`;
  });
}
