import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ClearanceKind,
  ClearanceNomineeResponse,
  ClearanceRequestResponse,
  ClearanceRequestSummaryResponse,
} from '@thidua/awards/contracts';
import {
  AttachmentsService,
  AuditService,
  type AuthUser,
  forbidden,
  invalidFields,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { ClearanceGateService, TODAY_SQL } from './clearance-gate.service';
import { answerRows, nomineeRows, stateOver, summaryOf, toAnswerResponse } from './clearance-views';
import type { ClearanceOverrideDto, CreateClearanceDto } from './clearance.dto';
import { ClearanceOverrideEntity, ClearanceRequestEntity } from './clearance.entities';

/**
 * Clearance rounds and concurrence requests as the board opens and follows them, and as a
 * clearance office reads the ones sent to it. The office's answers: `ClearanceAnswersService`.
 */
@Injectable()
export class ClearanceService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly gate: ClearanceGateService,
    private readonly attachments: AttachmentsService,
  ) {}

  async list(
    kind: ClearanceKind,
    user: AuthUser,
    year?: number,
  ): Promise<ClearanceRequestSummaryResponse[]> {
    const officeId = officeOf(user);
    const requests = await this.dataSource.getRepository(ClearanceRequestEntity).query(
      `SELECT r.id FROM clearance_requests r
        WHERE r.kind = $1 AND ($2::smallint IS NULL OR r.term_year = $2)
          AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM clearance_answers a WHERE a.request_id = r.id AND a.office_id = $3))
        ORDER BY r.due_date DESC, r.created_at DESC`,
      [kind, year ?? null, officeId],
    );
    const out: ClearanceRequestSummaryResponse[] = [];
    for (const { id } of requests as Array<{ id: string }>) {
      const r = await this.find(this.dataSource.manager, kind, id);
      out.push(await summaryOf(this.dataSource.manager, r, officeId));
    }
    return out;
  }

  /** A request with its nominees; a clearance office sees only its own answers (404 if not sent). */
  async get(
    kind: ClearanceKind,
    id: string,
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ClearanceRequestResponse> {
    const officeId = officeOf(user);
    const r = await this.find(manager, kind, id);
    const answers = await answerRows(manager, id, officeId);
    if (officeId && !answers.length) throw notFound('clearance.notFound');
    const nominees = (await nomineeRows(manager, id)).filter((n) =>
      answers.some((a) => a.nomination_id === n.id),
    );
    const board = officeId
      ? null
      : await this.gate.outcomes(
          nominees.map((n) => n.id),
          manager,
        );
    const overrides = officeId
      ? []
      : await this.overrides(
          manager,
          nominees.map((n) => n.id),
        );
    return {
      ...(await summaryOf(manager, r, officeId)),
      note: r.note,
      canAnswer: !!officeId,
      canManage: !officeId,
      nominees: nominees.map((n): ClearanceNomineeResponse => {
        const own = answers.filter((a) => a.nomination_id === n.id);
        const override = overrides.find((o) => o.nominationId === n.id);
        return {
          nominationId: n.id,
          kind: n.kind,
          name: n.name,
          unitName: n.unit_name,
          award: n.award,
          state: board?.get(n.id)?.state ?? stateOver(own, kind),
          answers: own.map(toAnswerResponse),
          override: override
            ? {
                reason: override.reason,
                by: override.createdBy,
                at: override.createdAt.toISOString(),
              }
            : null,
        };
      }),
    };
  }

  async create(
    kind: ClearanceKind,
    dto: CreateClearanceDto,
    actor: AuthUser,
  ): Promise<ClearanceRequestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const nominationIds = await this.checkCreate(manager, dto);
      const saved = await manager.save(
        manager.create(ClearanceRequestEntity, {
          kind,
          title: dto.title,
          termYear: dto.year,
          awardListId: dto.awardListId ?? null,
          dueDate: dto.dueDate,
          note: dto.note ?? null,
          createdBy: actor.id,
        }),
      );
      await manager.query(
        `INSERT INTO clearance_answers (request_id, office_id, nomination_id)
         SELECT $1, o, n FROM unnest($2::uuid[]) AS o, unnest($3::uuid[]) AS n`,
        [saved.id, dto.officeIds, nominationIds],
      );
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'clearanceRequest',
          entityId: saved.id,
          after: { kind, ...dto, nominationIds },
        },
        manager,
      );
      return this.get(kind, saved.id, actor, manager);
    });
  }

  /** The council lets a nominee through the gate despite an objection or a silence (audited). */
  async override(dto: ClearanceOverrideDto, actor: AuthUser): Promise<{ nominationId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const [n] = await manager.query(`SELECT 1 FROM nominations WHERE id = $1`, [
        dto.nominationId,
      ]);
      if (!n)
        throw invalidFields('clearance.nominationNotFound', {
          nominationId: ['clearance.nominationNotFound'],
        });
      const [before] = await this.overrides(manager, [dto.nominationId]);
      await manager.query(
        `INSERT INTO clearance_overrides (nomination_id, reason, created_by) VALUES ($1, $2, $3)
         ON CONFLICT (nomination_id) DO UPDATE SET reason = EXCLUDED.reason, created_by = EXCLUDED.created_by, created_at = now()`,
        [dto.nominationId, dto.reason, actor.username],
      );
      await this.audit.record(
        {
          actor,
          action: 'override',
          entity: 'clearanceOverride',
          entityId: dto.nominationId,
          // Before a first override the nominee stood without one.
          before: { reason: before?.reason ?? null },
          after: { reason: dto.reason },
          reason: dto.reason,
        },
        manager,
      );
      return { nominationId: dto.nominationId };
    });
  }

  async find(manager: EntityManager, kind: ClearanceKind, id: string, lock = false) {
    const r = await manager.findOne(ClearanceRequestEntity, {
      where: { id, kind },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!r) throw notFound('clearance.notFound');
    return r;
  }

  /** The nominees of a new request; every bad field at once (422). */
  private async checkCreate(manager: EntityManager, dto: CreateClearanceDto): Promise<string[]> {
    const errors: Record<string, string[]> = {};
    let nominationIds = dto.nominationIds ?? [];
    if (dto.awardListId) {
      const items = (await manager.query(
        `SELECT i.nomination_id FROM award_lists l JOIN award_list_items i ON i.list_id = l.id
          WHERE l.id = $1 AND l.term_year = $2`,
        [dto.awardListId, dto.year],
      )) as Array<{ nomination_id: string }>;
      if (!items.length) errors['awardListId'] = ['clearance.awardListNotFound'];
      nominationIds = [...new Set([...nominationIds, ...items.map((i) => i.nomination_id)])];
    } else if (!nominationIds.length) {
      errors['nominationIds'] = ['clearance.nomineesRequired'];
    }
    if (dto.nominationIds?.length) {
      const [{ ok }] = await manager.query(
        `SELECT count(*)::int AS ok FROM nominations
          WHERE id = ANY($1::uuid[]) AND term_year = $2 AND status NOT IN ('draft', 'rejected', 'decided')`,
        [dto.nominationIds, dto.year],
      );
      if (ok !== dto.nominationIds.length) errors['nominationIds'] = ['clearance.badNominations'];
    }
    const [{ offices }] = await manager.query(
      `SELECT count(*)::int AS offices FROM units WHERE id = ANY($1::uuid[]) AND NOT is_archived`,
      [dto.officeIds],
    );
    if (offices !== dto.officeIds.length) errors['officeIds'] = ['clearance.officeNotFound'];
    const [{ past }] = await manager.query(`SELECT $1::date < ${TODAY_SQL} AS past`, [dto.dueDate]);
    if (past) errors['dueDate'] = ['clearance.dueDatePast'];
    const fields = Object.keys(errors);
    if (fields.length) throw invalidFields(errors[fields[0]][0], errors);
    return nominationIds;
  }

  private async overrides(manager: EntityManager, nominationIds: string[]) {
    if (!nominationIds.length) return [];
    return manager
      .getRepository(ClearanceOverrideEntity)
      .createQueryBuilder('o')
      .where('o.nomination_id IN (:...ids)', { ids: nominationIds })
      .getMany();
  }

  /** An answer's document is read by the board and the office that answered. */
  onModuleInit(): void {
    this.attachments.registerReader('clearanceAnswer', async (user, id) => {
      const [row] = await this.dataSource.query(
        `SELECT office_id FROM clearance_answers WHERE id = $1`,
        [id],
      );
      return !!row && user.role === 'clearance' && row.office_id === user.unitId;
    });
  }
}

/** The office a clearance office's account is bound to; null for the board. */
export function officeOf(user: AuthUser): string | null {
  if (user.role === 'admin') return null;
  if (user.role !== 'clearance' || !user.unitId) throw forbidden();
  return user.unitId;
}
