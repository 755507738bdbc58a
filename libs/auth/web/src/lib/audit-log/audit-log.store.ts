import { Injectable, inject, signal } from '@angular/core';
import type { Observable } from 'rxjs';

import {
  type AuditLogEntryResponse,
  type AuditLogQuery,
  DEFAULT_PAGE_SIZE,
  type Page,
} from '@thidua/shared/contracts';
import { PagedListStore } from '@thidua/shared/data-access';

import { AuditLogApi } from './audit-log.api';

/** The audit log with nothing chosen (newest first, as the server orders it). */
export const DEFAULT_AUDIT_QUERY: AuditLogQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE };

/** The audit log page: one server page of entries and which one is expanded. Provided per route. */
@Injectable()
export class AuditLogStore extends PagedListStore<AuditLogQuery, AuditLogEntryResponse> {
  private readonly api = inject(AuditLogApi);
  private readonly expandedIdState = signal<string | null>(null);

  readonly expandedId = this.expandedIdState.asReadonly();

  constructor() {
    super(DEFAULT_AUDIT_QUERY);
  }

  protected fetch(query: AuditLogQuery): Observable<Page<AuditLogEntryResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn({ q, entity, action, from, to }: AuditLogQuery): boolean {
    return !!(q || entity || action || from || to);
  }

  override filter(filters: Partial<AuditLogQuery>): Promise<void> {
    this.expandedIdState.set(null);
    return super.filter(filters);
  }

  override goToPage(page: number, pageSize: number): Promise<void> {
    this.expandedIdState.set(null);
    return super.goToPage(page, pageSize);
  }

  toggle(entry: AuditLogEntryResponse): void {
    this.expandedIdState.update((id) => (id === entry.id ? null : entry.id));
  }
}
