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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
}

export interface AuditLogQuery {
  q?: string;
  page?: number;
  pageSize?: number;
  entity?: string;
  action?: AuditAction;
  actorId?: string;
  from?: string;
  to?: string;
}
