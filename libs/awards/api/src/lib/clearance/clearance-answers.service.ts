import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ClearanceKind,
  ClearanceRequestResponse,
  ReviewFlagKind,
} from '@thidua/awards/contracts';
import type { AttachmentResponse } from '@thidua/shared/contracts';
import {
  AttachmentEntity,
  AttachmentsService,
  AuditService,
  type AuthUser,
  type UploadedFileLike,
  checkVersion,
  forbidden,
  invalidFields,
  notFound,
  toAttachmentResponse,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { TODAY_SQL } from './clearance-gate.service';
import type { AnswerClearanceDto } from './clearance.dto';
import { ClearanceAnswerEntity } from './clearance.entities';
import { ClearanceService } from './clearance.service';

const NOMINEE_COLUMNS = `unit_id, person_id, household_id`;

/**
 * A clearance office answers, per nominee, "no objection" or "objection" (with what is pending, a
 * reason and a document). An objection opens a review flag dated that day; a later "no objection"
 * closes it on its day. One transaction per answer.
 */
@Injectable()
export class ClearanceAnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly requests: ClearanceService,
  ) {}

  async answer(
    kind: ClearanceKind,
    id: string,
    dto: AnswerClearanceDto,
    actor: AuthUser,
  ): Promise<ClearanceRequestResponse> {
    const officeId = ownOffice(actor);
    return this.dataSource.transaction(async (manager) => {
      await this.requests.find(manager, kind, id);
      const row = await manager.findOne(ClearanceAnswerEntity, {
        where: { requestId: id, officeId, nominationId: dto.nominationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound('clearance.notFound');
      checkVersion(dto.version, row.version);
      if (dto.attachmentId && dto.attachmentId !== row.attachmentId)
        await this.attachDocument(manager, dto.attachmentId, row.id, actor);
      const before = answerImage(row);
      const flagId = await this.moveFlag(manager, row, dto, actor);
      const [{ now }] = await manager.query(`SELECT now() AS now`);
      Object.assign(row, {
        answer: dto.answer,
        flagKind: dto.answer === 'objection' ? (dto.flagKind ?? null) : null,
        reason: dto.reason ?? null,
        attachmentId: dto.attachmentId ?? row.attachmentId,
        reviewFlagId: flagId,
        answeredAt: now,
        answeredBy: actor.fullName || actor.username,
      });
      await manager.save(row);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'clearanceAnswer',
          entityId: row.id,
          before,
          after: answerImage(row),
          reason: row.reason,
        },
        manager,
      );
      return this.requests.get(kind, id, actor, manager);
    });
  }

  /** Stores an answer's document, to be named by `attachmentId` in the answer. */
  async upload(
    kind: ClearanceKind,
    id: string,
    file: UploadedFileLike | undefined,
    actor: AuthUser,
  ): Promise<AttachmentResponse> {
    const officeId = ownOffice(actor);
    await this.requests.find(this.dataSource.manager, kind, id);
    const sent = await this.dataSource.manager.count(ClearanceAnswerEntity, {
      where: { requestId: id, officeId },
    });
    if (!sent) throw notFound('clearance.notFound');
    return toAttachmentResponse(await this.attachments.store(file, 'clearanceDocument', actor));
  }

  private async attachDocument(
    manager: EntityManager,
    attachmentId: string,
    answerId: string,
    actor: AuthUser,
  ): Promise<void> {
    const file = await manager.findOne(AttachmentEntity, {
      where: { id: attachmentId, purpose: 'clearanceDocument', uploadedBy: actor.id },
    });
    if (!file || (file.ownerId && file.ownerId !== answerId))
      throw invalidFields('attachments.notFound', { attachmentId: ['attachments.notFound'] });
    await this.attachments.attach(manager, attachmentId, 'clearanceDocument', {
      type: 'clearanceAnswer',
      id: answerId,
    });
  }

  /** Opens, updates or closes the answer's review flag; the flag's id after the answer. */
  private async moveFlag(
    manager: EntityManager,
    row: ClearanceAnswerEntity,
    dto: AnswerClearanceDto,
    actor: AuthUser,
  ): Promise<string | null> {
    const [open] = row.reviewFlagId
      ? ((await manager.query(
          `SELECT id, kind, note FROM review_flags WHERE id = $1 AND to_date IS NULL`,
          [row.reviewFlagId],
        )) as Array<{ id: string; kind: ReviewFlagKind; note: string | null }>)
      : [];
    if (dto.answer === 'noObjection') {
      if (!open) return row.reviewFlagId;
      const [[closed]] = await manager.query(
        `UPDATE review_flags SET to_date = ${TODAY_SQL} WHERE id = $1 RETURNING to_char(to_date, 'YYYY-MM-DD') AS to_date`,
        [open.id],
      );
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'reviewFlag',
          entityId: open.id,
          before: { toDate: null },
          after: { toDate: closed.to_date },
        },
        manager,
      );
      return open.id;
    }
    const note = await this.flagNote(manager, row.officeId, dto.reason ?? '');
    if (open) {
      await manager.query(`UPDATE review_flags SET kind = $2, note = $3 WHERE id = $1`, [
        open.id,
        dto.flagKind,
        note,
      ]);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'reviewFlag',
          entityId: open.id,
          before: { kind: open.kind, note: open.note },
          after: { kind: dto.flagKind, note },
        },
        manager,
      );
      return open.id;
    }
    const [{ id }] = (await manager.query(
      `INSERT INTO review_flags (${NOMINEE_COLUMNS}, kind, from_date, note)
       SELECT ${NOMINEE_COLUMNS}, $2, ${TODAY_SQL}, $3 FROM nominations WHERE id = $1 RETURNING id`,
      [row.nominationId, dto.flagKind, note],
    )) as Array<{ id: string }>;
    await this.audit.record(
      {
        actor,
        action: 'create',
        entity: 'reviewFlag',
        entityId: id,
        after: { kind: dto.flagKind, note, nominationId: row.nominationId },
      },
      manager,
    );
    return id;
  }

  /** "Thanh tra tỉnh: <reason>", so the flag says who objected. */
  private async flagNote(manager: EntityManager, officeId: string, reason: string) {
    const [office] = await manager.query(`SELECT name FROM units WHERE id = $1`, [officeId]);
    return `${office.name}: ${reason}`.slice(0, 2000);
  }
}

function ownOffice(user: AuthUser): string {
  if (user.role !== 'clearance' || !user.unitId) throw forbidden('clearance.notAnOffice');
  return user.unitId;
}

function answerImage(a: ClearanceAnswerEntity) {
  return {
    nominationId: a.nominationId,
    answer: a.answer,
    flagKind: a.flagKind,
    reason: a.reason,
    attachmentId: a.attachmentId,
  };
}
