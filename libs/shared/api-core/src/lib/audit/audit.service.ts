import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditAction,
  AuditLogEntryResponse,
  AuditLogQuery,
  Page,
} from '@thidua/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthUser } from '../auth/auth-user';
import { pageOf, searchCondition } from '../database/list-query';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  actor: Pick<AuthUser, 'id' | 'username'> | null;
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  ip?: string | null;
}

const SECRET_FIELDS = /password|hash|token|secret/i;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one entry. Pass the transaction's manager so the entry commits with the change. */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_username, action, entity, entity_id, before, after, reason, ip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.actor?.id ?? null,
        entry.actor?.username ?? null,
        entry.action,
        entry.entity,
        entry.entityId ?? null,
        snapshot(entry.before),
        snapshot(entry.after),
        entry.reason ?? null,
        entry.ip ?? null,
      ],
    );
  }

  async list(query: AuditLogQuery): Promise<Page<AuditLogEntryResponse>> {
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a');
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.from) qb.andWhere('a.at >= :from::date', { from: query.from });
    if (query.to) qb.andWhere("a.at < (:to::date + interval '1 day')", { to: query.to });
    if (query.q) {
      const search = searchCondition(
        "coalesce(a.actor_username,'') || ' ' || a.entity || ' ' || a.action || ' ' || coalesce(a.reason,'')",
        query.q,
      );
      qb.andWhere(search.sql, search.params);
    }
    qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC');
    return pageOf(qb, query, toAuditLogEntryResponse);
  }
}

export function toAuditLogEntryResponse(e: AuditLogEntity): AuditLogEntryResponse {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorUsername: e.actorUsername,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    reason: e.reason,
    ip: e.ip,
  };
}

/** The record as JSON, with secrets (password hashes, tokens) left out. */
function snapshot(value: unknown): Record<string, unknown> | null {
  const json = redact(value);
  if (json === null || typeof json !== 'object') return json === null ? null : { value: json };
  return Array.isArray(json) ? { items: json } : (json as Record<string, unknown>);
}

function redact(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_FIELDS.test(key))
        .map(([key, v]) => [key, redact(v)]),
    );
  }
  return value;
}
