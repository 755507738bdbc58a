import { Injectable, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import {
  type ApiError,
  type AuditLogEntryResponse,
  type AuditLogExportQuery,
  type AuditLogQuery,
  DEFAULT_PAGE_SIZE,
  type Page,
} from '@thidua/shared/contracts';
import { PagedListStore, blobErrorToApiError, saveDownload } from '@thidua/shared/data-access';

import { AuditLogApi } from './audit-log.api';

/** The audit log with nothing chosen (newest first, as the server orders it). */
export const DEFAULT_AUDIT_QUERY: AuditLogQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE };

/**
 * The audit log page: one server page of entries, which one is expanded, and the export of a
 * period. Provided per route.
 */
@Injectable()
export class AuditLogStore extends PagedListStore<AuditLogQuery, AuditLogEntryResponse> {
  private readonly api = inject(AuditLogApi);
  private readonly expandedIdState = signal<string | null>(null);
  private readonly isExportingState = signal(false);

  readonly expandedId = this.expandedIdState.asReadonly();
  readonly isExporting = this.isExportingState.asReadonly();

  constructor() {
    super(DEFAULT_AUDIT_QUERY);
  }

  protected fetch(query: AuditLogQuery): Observable<Page<AuditLogEntryResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn({ q, actor, entity, action, from, to }: AuditLogQuery): boolean {
    return !!(q || actor || entity || action || from || to);
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

  /** Saves the period's entries as .xlsx; answers the server's error, if any. */
  async exportPeriod(period: AuditLogExportQuery): Promise<ApiError | null> {
    this.isExportingState.set(true);
    try {
      const name = `Nhật ký hệ thống ${period.from} đến ${period.to}.xlsx`;
      saveDownload(await firstValueFrom(this.api.export(period)), name);
      return null;
    } catch (error) {
      return blobErrorToApiError(error);
    } finally {
      this.isExportingState.set(false);
    }
  }
}
