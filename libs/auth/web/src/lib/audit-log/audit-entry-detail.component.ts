import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import type { AuditLogEntryResponse } from '@thidua/shared/contracts';
import { CardTableDirective } from '@thidua/shared/ui';

import { auditChanges, formatAuditValue } from './audit-changes';
import { auditFieldLabel, auditOriginLabel } from './audit-labels';

const YES_NO: [string, string] = [$localize`:@@auditValueYes:có`, $localize`:@@auditValueNo:không`];

/** What an audit entry changed, field by field, and where the change came from. */
@Component({
  selector: 'td-audit-entry-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, RouterLink, CardTableDirective],
  templateUrl: './audit-entry-detail.component.html',
  styleUrl: './audit-entry-detail.component.scss',
})
export class AuditEntryDetailComponent {
  readonly entry = input.required<AuditLogEntryResponse>();
  /** The page of the record, if it has one. */
  readonly link = input<string | null>(null);

  protected readonly changes = computed(() =>
    auditChanges(this.entry().before, this.entry().after).map((change) => ({
      label: auditFieldLabel(change.field),
      before: this.format(change.before),
      after: this.format(change.after),
    })),
  );
  protected readonly origin = computed(() => auditOriginLabel(this.entry().origin));

  private format(value: unknown): string {
    return formatAuditValue(value, auditFieldLabel, YES_NO);
  }
}
