export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'archive',
  'login',
  'logout',
  'login.failed',
  'login.locked',
  'login.unlock',
  'password.change',
  'password.reset',
  'transition',
  'override',
  'import',
  'export',
  'sign',
  'revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record the audit log names; `AuditService.record` takes no other. */
export const AUDIT_ENTITIES = [
  'user',
  'unit',
  'unitKind',
  'bloc',
  'blocMembership',
  'blocLeadership',
  'movement',
  'movementResult',
  'activityReport',
  'exemplaryModel',
  'attachment',
  'pledge',
  'pledgeUnit',
  'pledgeSignature',
  'scoreSheet',
  'unitScore',
  'scoreAdjustment',
  'scoreEvidence',
  'awardType',
  'awardRuleVersion',
  'certificateLayout',
  'person',
  'household',
  'personYearRecord',
  'reviewFlag',
  'nomination',
  'awardHistory',
  'awardList',
  'clearanceRequest',
  'clearanceAnswer',
  'clearanceOverride',
  'meeting',
  'meetingVoters',
  'votingCodes',
  'votingCode',
  'ballot',
  'ballotCounts',
  'auditLog',
  'organisationProfile',
  'legalDocument',
  'signingCertificate',
  'outgoingNumber',
  'apiKey',
  'unitEvent',
  'lineageSettings',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * Where a change came from: an HTTP request (its address and user agent are kept), or the
 * system itself (a background job, a seed, a command-line tool). Null on entries written before
 * the origin was kept.
 */
export type AuditOrigin = 'request' | 'system';

export interface AuditLogEntryResponse {
  id: string;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
  origin: AuditOrigin | null;
}

export interface AuditLogQuery {
  q?: string;
  page?: number;
  pageSize?: number;
  entity?: string;
  action?: AuditAction;
  actorId?: string;
  /** The actor's user name, exactly (case aside). */
  actor?: string;
  /** Days (yyyy-MM-dd, Vietnam time), both included. */
  from?: string;
  to?: string;
}

/** The period of an audit log export (yyyy-MM-dd, Vietnam time, both days included). */
export interface AuditLogExportQuery {
  from: string;
  to: string;
}

/** The longest period one export may cover, and the most entries it may hold. */
export const AUDIT_EXPORT_MAX_DAYS = 366;
export const AUDIT_EXPORT_MAX_ROWS = 20_000;
