import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AUDIT_EXPORT_MAX_DAYS,
  AUDIT_EXPORT_MAX_ROWS,
  type AuditAction,
  type AuditEntity,
  type AuditLogEntryResponse,
  type AuditLogExportQuery,
  type AuditLogQuery,
  type Page,
} from '@thidua/shared/contracts';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';

import type { AuthUser } from '../auth/auth-user';
import { pageOf, searchCondition } from '../database/list-query';
import { invalidFields } from '../errors/api.exception';
import { currentRequestContext } from '../http/request-context';
import { auditWorkbook } from './audit-export';
import { AuditLogEntity } from './audit-log.entity';
import './audit.messages';

export interface AuditEntry {
  actor: Pick<AuthUser, 'id' | 'username'> | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
  /** The record as it was before the change, read in the change's transaction (updates, deletes). */
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** Only to override the address of the request being served, which is recorded by itself. */
  ip?: string | null;
}

/** The days of the filters are Vietnam's days. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const SECRET_FIELDS = /password|hash|token|secret/i;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes one entry. Pass the transaction's manager so the entry commits with the change. The
   * address and user agent of the HTTP request being served are added here; outside a request
   * (a background job, a seed) the entry's origin is `system`.
   */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const context = currentRequestContext();
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_username, action, entity, entity_id, before, after, reason, ip, user_agent, origin)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        entry.actor?.id ?? null,
        entry.actor?.username ?? null,
        entry.action,
        entry.entity,
        entry.entityId ?? null,
        snapshot(entry.before),
        snapshot(entry.after),
        entry.reason ?? null,
        entry.ip ?? context?.ip ?? null,
        context?.userAgent ?? null,
        context ? 'request' : 'system',
      ],
    );
  }

  async list(query: AuditLogQuery): Promise<Page<AuditLogEntryResponse>> {
    const qb = this.filtered(query);
    if (query.q) {
      const search = searchCondition(
        "coalesce(a.actor_username,'') || ' ' || a.entity || ' ' || a.action || ' ' || coalesce(a.reason,'') || ' ' || coalesce(a.entity_id::text,'') || ' ' || coalesce(a.ip,'')",
        query.q,
      );
      qb.andWhere(search.sql, search.params);
    }
    return pageOf(qb, query, toAuditLogEntryResponse);
  }

  /**
   * The entries of a period (at most {@link AUDIT_EXPORT_MAX_DAYS} days and
   * {@link AUDIT_EXPORT_MAX_ROWS} entries) as an .xlsx file; the export is itself audited.
   */
  async export(query: AuditLogExportQuery, actor: AuthUser): Promise<Buffer> {
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 + 1;
    if (days < 1)
      throw invalidFields('audit.exportEndBeforeStart', { to: ['audit.exportEndBeforeStart'] });
    if (days > AUDIT_EXPORT_MAX_DAYS) {
      throw invalidFields(
        'audit.exportRangeTooLong',
        { to: ['audit.exportRangeTooLong'] },
        { max: AUDIT_EXPORT_MAX_DAYS },
      );
    }
    const qb = this.filtered(query);
    const count = await qb.getCount();
    if (count > AUDIT_EXPORT_MAX_ROWS) {
      throw invalidFields(
        'audit.exportTooLarge',
        { from: ['audit.exportTooLarge'], to: ['audit.exportTooLarge'] },
        { count, max: AUDIT_EXPORT_MAX_ROWS },
      );
    }
    const file = await auditWorkbook(query, await qb.getMany());
    await this.record({
      actor,
      action: 'export',
      entity: 'auditLog',
      after: { from: query.from, to: query.to, entries: count },
    });
    return file;
  }

  /** The entries matching the filters, newest first. */
  private filtered(query: AuditLogQuery): SelectQueryBuilder<AuditLogEntity> {
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a');
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.actor) qb.andWhere('lower(a.actor_username) = lower(:actor)', { actor: query.actor });
    if (query.from) {
      qb.andWhere('a.at >= (:from::date)::timestamp AT TIME ZONE :tz', {
        from: query.from,
        tz: TIME_ZONE,
      });
    }
    if (query.to) {
      qb.andWhere('a.at < (:to::date + 1)::timestamp AT TIME ZONE :tz', {
        to: query.to,
        tz: TIME_ZONE,
      });
    }
    return qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC');
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
    userAgent: e.userAgent,
    origin: e.origin,
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
