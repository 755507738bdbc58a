import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import {
  type ApiError,
  type AuditLogEntryResponse,
  type AuditLogQuery,
  DEFAULT_PAGE_SIZE,
  type Page,
} from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../auth.store';
import { AuditLogApi } from './audit-log.api';

export type AuditLogFilters = Pick<AuditLogQuery, 'q' | 'entity' | 'action' | 'from' | 'to'>;

/** The audit log with nothing chosen (newest first, as the server orders it). */
export const DEFAULT_AUDIT_QUERY: AuditLogQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE };

/** The audit log page: one server page of entries and which one is expanded. Provided per route. */
@Injectable()
export class AuditLogStore {
  private readonly api = inject(AuditLogApi);
  private readonly queryState = signal<AuditLogQuery>(DEFAULT_AUDIT_QUERY);
  private readonly pageState = signal<Page<AuditLogEntryResponse> | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly expandedIdState = signal<string | null>(null);
  private requestId = 0;

  readonly query = this.queryState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly expandedId = this.expandedIdState.asReadonly();
  readonly items = computed(() => this.pageState()?.items ?? []);
  readonly total = computed(() => this.pageState()?.total ?? 0);
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly hasFilters = computed(() => {
    const { q, entity, action, from, to } = this.queryState();
    return !!(q || entity || action || from || to);
  });

  async load(): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const page = await firstValueFrom(this.api.list(this.queryState()));
      if (id !== this.requestId) return;
      this.pageState.set(page);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Opens the list on `query` (what the address asks for), whatever it showed before. */
  open(query: AuditLogQuery): Promise<void> {
    this.queryState.set(query);
    return this.load();
  }

  filter(filters: AuditLogFilters): Promise<void> {
    this.queryState.update((query) => ({ ...query, ...filters, page: 1 }));
    this.expandedIdState.set(null);
    return this.load();
  }

  goToPage(page: number, pageSize: number): Promise<void> {
    this.queryState.update((query) => ({ ...query, page, pageSize }));
    this.expandedIdState.set(null);
    return this.load();
  }

  toggle(entry: AuditLogEntryResponse): void {
    this.expandedIdState.update((id) => (id === entry.id ? null : entry.id));
  }
}
