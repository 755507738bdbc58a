import { InjectionToken } from '@angular/core';

import type { AuditLogEntryResponse } from '@thidua/shared/contracts';

/** The page of the record an entry is about, or null when it has none (or is gone). */
export type AuditRecordLink = (entry: AuditLogEntryResponse) => string | null;

/**
 * Provided by the app, which knows every domain's pages (auth may not import the domains that
 * come after it). Without it the audit log links nothing.
 */
export const AUDIT_RECORD_LINK = new InjectionToken<AuditRecordLink>('AUDIT_RECORD_LINK', {
  factory: () => () => null,
});
