import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, map, merge } from 'rxjs';

import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  type AuditAction,
  type AuditLogEntryResponse,
  type AuditLogQuery,
} from '@thidua/shared/contracts';
import {
  type ListQueryFields,
  bindListQueryToUrl,
  pagingFields,
  queryField,
} from '@thidua/shared/data-access';
import {
  CardTableDirective,
  DATEPICKER,
  EmptyStateComponent,
  fromIsoDate,
  ListFooterComponent,
  PageHeaderComponent,
  toIsoDate,
} from '@thidua/shared/ui';

import { AuditEntryDetailComponent } from './audit-entry-detail.component';
import { auditActionLabel, auditEntityLabel } from './audit-labels';
import { AUDIT_RECORD_LINK } from './audit-link';
import { AuditLogStore, DEFAULT_AUDIT_QUERY } from './audit-log.store';

/** What the audit log page keeps in the address. */
const AUDIT_URL_FIELDS: ListQueryFields<AuditLogQuery> = {
  q: queryField.text,
  actor: queryField.text,
  entity: queryField.oneOf(AUDIT_ENTITIES),
  action: queryField.oneOf(AUDIT_ACTIONS),
  from: queryField.date,
  to: queryField.date,
  ...pagingFields(),
};

@Component({
  selector: 'td-audit-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    DATEPICKER,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    AuditEntryDetailComponent,
    EmptyStateComponent,
    ListFooterComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './audit-log-page.component.html',
  styleUrl: './audit-log-page.component.scss',
})
export class AuditLogPageComponent {
  protected readonly store = inject(AuditLogStore);
  protected readonly link = inject(AUDIT_RECORD_LINK);
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly entities = AUDIT_ENTITIES;
  protected readonly actionLabel = auditActionLabel;
  protected readonly entityLabel = auditEntityLabel;
  protected readonly columns = ['expand', 'at', 'actor', 'action', 'entity', 'ip', 'reason'];
  protected readonly heading = $localize`:@@auditTitle:Nhật ký hệ thống`;
  protected readonly subheading = $localize`:@@auditSubtitle:Ai đã làm gì, lúc nào, từ đâu: đăng nhập, thay đổi dữ liệu và lý do.`;
  /** Phones get one card per entry instead of a table that scrolls sideways. */
  protected readonly isPhone = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly exportError = signal<string | null>(null);
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly actor = new FormControl('', { nonNullable: true });
  protected readonly entityFilter = new FormControl('', { nonNullable: true });
  protected readonly actionFilter = new FormControl<AuditAction | ''>('', { nonNullable: true });
  protected readonly range = new FormGroup({
    from: new FormControl<Date | null>(null),
    to: new FormControl<Date | null>(null),
  });

  constructor() {
    const query = bindListQueryToUrl({
      fields: AUDIT_URL_FIELDS,
      query: this.store.query,
      defaults: DEFAULT_AUDIT_QUERY,
    });
    this.search.setValue(query.q ?? '');
    this.actor.setValue(query.actor ?? '');
    this.entityFilter.setValue(query.entity ?? '');
    this.actionFilter.setValue(query.action ?? '');
    this.range.setValue({ from: fromIsoDate(query.from), to: fromIsoDate(query.to) });
    void this.store.open(query);
    merge(this.search.valueChanges, this.actor.valueChanges)
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.applyFilters());
  }

  protected applyFilters(): Promise<void> {
    const { from, to } = this.range.getRawValue();
    return this.store.filter({
      q: this.search.value.trim() || undefined,
      actor: this.actor.value.trim() || undefined,
      entity: this.entityFilter.value || undefined,
      action: this.actionFilter.value || undefined,
      from: from ? toIsoDate(from) : undefined,
      to: to ? toIsoDate(to) : undefined,
    });
  }

  /** Filters once the range is complete (or cleared), not on its first date. */
  protected applyRange(): void {
    const { from, to } = this.range.getRawValue();
    this.exportError.set(null);
    if (this.range.valid && ((from && to) || (!from && !to))) void this.applyFilters();
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.actor.setValue('', { emitEvent: false });
    this.entityFilter.setValue('');
    this.actionFilter.setValue('');
    this.range.setValue({ from: null, to: null });
    void this.applyFilters();
  }

  protected goToPage(event: PageEvent): void {
    void this.store.goToPage(event.pageIndex + 1, event.pageSize);
  }

  protected isExpanded(entry: AuditLogEntryResponse): boolean {
    return this.store.expandedId() === entry.id;
  }

  /** Whether a whole period is chosen, which the export needs. */
  protected hasPeriod(): boolean {
    const { from, to } = this.range.getRawValue();
    return !!from && !!to && this.range.valid;
  }

  protected async exportPeriod(): Promise<void> {
    const { from, to } = this.range.getRawValue();
    if (!from || !to) return;
    this.exportError.set(null);
    const error = await this.store.exportPeriod({ from: toIsoDate(from), to: toIsoDate(to) });
    this.exportError.set(error?.message ?? null);
  }
}
