import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BlocAccessService, BlocsService } from '@thidua/registry/api';
import {
  UNIT_SCORE_STATUSES,
  type SaveAdjustmentsRequest,
  type SaveSelfAssessmentRequest,
  type ScoreBoardResponse,
  type UnitScoreResponse,
  type UnitScoreStatus,
  type UnitScoreTransitionRequest,
} from '@thidua/scoring/contracts';
import {
  checkPoints,
  checkerOf,
  isAdjustable,
  isComplete,
  isEditableByUnit,
  mayCheck,
  nextUnitScoreStatus,
  scoreTotals,
  sheetTransition,
} from '@thidua/scoring/domain';
import {
  ApiException,
  AttachmentEntity,
  AttachmentsService,
  AuditService,
  type AuthUser,
  type UploadedFileLike,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  toAttachmentResponse,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import type { ScoreSheetEntity } from './entities/score-sheet.entity';
import { ScoreEntryEntity, UnitScoreEntity } from './entities/unit-score.entity';
import { ScoreSheetsService } from './score-sheets.service';
import {
  type Leadership,
  type ScoringMemberRow,
  ScoringRepository,
  pointsOf,
  toNumber,
  unitRef,
} from './scoring.repository';

const EVIDENCE_OWNER = 'scoreEntry';

/** The units' score cards: self-assessment with evidence, checking by the head and deputy, board. */
@Injectable()
export class UnitScoresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
    private readonly blocs: BlocsService,
    private readonly repo: ScoringRepository,
    private readonly sheets: ScoreSheetsService,
    private readonly attachments: AttachmentsService,
  ) {}

  /** The progress board: who has submitted, who is checked, each unit's totals. */
  async board(blocId: string, year: number, user: AuthUser): Promise<ScoreBoardResponse> {
    const manager = this.dataSource.manager;
    const sheetResponse = await this.sheets.get(blocId, year, user, manager);
    const sheet = await this.repo.findSheet(manager, blocId, year);
    const { shape } = await this.repo.structure(manager, sheet);
    const members = await this.repo.currentMembers(manager, blocId, year);
    const leadership = await this.repo.leadership(manager, blocId, year);
    const cards = await this.repo.cards(manager, sheet.id);
    const entries = await this.repo.entries(
      manager,
      cards.map((c) => c.id),
    );
    const criteria = shape.items.filter((i) => i.kind === 'criterion');
    const rows = members.map((m) => {
      const card = cards.find((c) => c.unitId === m.unit_id);
      const mine = card ? entries.filter((e) => e.unitScoreId === card.id) : [];
      const status: UnitScoreStatus = card?.status ?? 'draft';
      return {
        unit: unitRef(m),
        role: m.role,
        status,
        scoredCount: criteria.filter((c) =>
          mine.some((e) => e.itemId === c.id && e.selfPoints !== null),
        ).length,
        itemCount: criteria.length,
        selfTotal: scoreTotals(shape, pointsOf(mine, 'self')).total,
        finalTotal: scoreTotals(shape, pointsOf(mine, 'final')).total,
        submittedAt: card?.submittedAt?.toISOString() ?? null,
        checkedAt: card?.checkedAt?.toISOString() ?? null,
        canEdit:
          sheet.status === 'draft' && isEditableByUnit(status) && this.actsFor(user, m.unit_id),
        canCheck:
          sheet.status === 'draft' &&
          this.mayCheckCard(user, m.unit_id, leadership) &&
          (status === 'submitted' || status === 'checked'),
      };
    });
    const counts = Object.fromEntries(UNIT_SCORE_STATUSES.map((s) => [s, 0])) as Record<
      UnitScoreStatus,
      number
    >;
    for (const row of rows) counts[row.status] += 1;
    return {
      sheet: sheetResponse,
      rows,
      counts,
      canAgree:
        sheetResponse.canManage &&
        sheetTransition(
          sheet.status,
          'agree',
          rows.map((r) => r.status),
        ) !== null,
      canLock: sheetResponse.canManage && sheet.status === 'agreed',
    };
  }

  async card(
    blocId: string,
    year: number,
    unitId: string,
    user: AuthUser,
    manager = this.dataSource.manager,
  ): Promise<UnitScoreResponse> {
    await this.blocs.find(manager, blocId);
    const sheet = await this.repo.findSheet(manager, blocId, year);
    const member = await this.member(manager, blocId, year, unitId);
    const { shape } = await this.repo.structure(manager, sheet);
    const leadership = await this.repo.leadership(manager, blocId, year);
    const card = await manager.findOne(UnitScoreEntity, {
      where: { sheetId: sheet.id, unitId },
      relations: { checkedByUnit: true },
    });
    const entries = card ? await this.repo.entries(manager, [card.id]) : [];
    const evidence = await this.attachments.listFor(
      EVIDENCE_OWNER,
      entries.map((e) => e.id),
      manager,
    );
    const status: UnitScoreStatus = card?.status ?? 'draft';
    const checkerId = checkerOf(unitId, leadership);
    const members = checkerId ? await this.repo.members(manager, blocId, year) : [];
    const checker = members.find((m) => m.unit_id === checkerId);
    return {
      id: card?.id ?? '',
      unit: unitRef(member),
      role: member.role,
      status,
      entries: shape.items.map((item) => {
        const e = entries.find((x) => x.itemId === item.id);
        return {
          itemId: item.id,
          selfPoints: toNumber(e?.selfPoints),
          explanation: e?.explanation ?? null,
          checkedPoints: toNumber(e?.checkedPoints),
          adjustReason: e?.adjustReason ?? null,
          adjustedBy: e?.adjustedBy ?? null,
          finalPoints: toNumber(e?.checkedPoints ?? e?.selfPoints),
          evidence: e ? evidence.filter((a) => a.ownerId === e.id).map(toAttachmentResponse) : [],
        };
      }),
      selfTotals: scoreTotals(shape, pointsOf(entries, 'self')),
      finalTotals: scoreTotals(shape, pointsOf(entries, 'final')),
      returnReason: card?.returnReason ?? null,
      submittedAt: card?.submittedAt?.toISOString() ?? null,
      checkedAt: card?.checkedAt?.toISOString() ?? null,
      checkedBy: card?.checkedByUnit
        ? {
            id: card.checkedByUnit.id,
            code: card.checkedByUnit.code,
            name: card.checkedByUnit.name,
            shortName: card.checkedByUnit.shortName,
          }
        : null,
      checker: checker ? unitRef(checker) : null,
      canEdit: sheet.status === 'draft' && isEditableByUnit(status) && this.actsFor(user, unitId),
      canCheck:
        sheet.status === 'draft' &&
        (status === 'submitted' || status === 'checked') &&
        this.mayCheckCard(user, unitId, leadership),
      version: card?.version ?? 1,
    };
  }

  /** The unit's own points, explanations: refused above an item's maximum (422 per field). */
  async saveSelf(
    blocId: string,
    year: number,
    unitId: string,
    dto: SaveSelfAssessmentRequest,
    actor: AuthUser,
  ): Promise<UnitScoreResponse> {
    this.assertActsFor(actor, unitId);
    return this.dataSource.transaction(async (manager) => {
      const { card, items } = await this.openCard(manager, blocId, year, unitId);
      if (!isEditableByUnit(card.status))
        throw conflict('scoring.notEditable', { status: card.status });
      checkVersion(dto.version, card.version);
      assertPoints(
        items,
        dto.entries.map((e) => ({ itemId: e.itemId, points: e.points })),
        'entries',
      );
      const existing = await this.repo.entries(manager, [card.id]);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const entry of dto.entries) {
        const old = existing.find((e) => e.itemId === entry.itemId);
        const oldPoints = toNumber(old?.selfPoints);
        const explanation = entry.explanation ?? null;
        if (old && oldPoints === entry.points && old.explanation === explanation) continue;
        before[entry.itemId] = old ? { points: oldPoints, explanation: old.explanation } : null;
        after[entry.itemId] = { points: entry.points, explanation };
        await manager.query(
          `INSERT INTO score_entries (unit_score_id, item_id, self_points, explanation) VALUES ($1, $2, $3, $4)
           ON CONFLICT (unit_score_id, item_id) DO UPDATE SET self_points = EXCLUDED.self_points,
             explanation = EXCLUDED.explanation, updated_at = now()`,
          [card.id, entry.itemId, entry.points, explanation],
        );
      }
      await this.recordChange(manager, card, actor, 'unitScore', before, after);
      return this.card(blocId, year, unitId, actor, manager);
    });
  }

  /** Evidence for one item of the unit's card (type sniffed, size checked), while it may edit. */
  async addEvidence(
    blocId: string,
    year: number,
    unitId: string,
    itemId: string,
    file: UploadedFileLike | undefined,
    actor: AuthUser,
  ): Promise<UnitScoreResponse> {
    this.assertActsFor(actor, unitId);
    return this.dataSource.transaction(async (manager) => {
      const { card, items } = await this.openCard(manager, blocId, year, unitId);
      if (!isEditableByUnit(card.status))
        throw conflict('scoring.notEditable', { status: card.status });
      if (!items.some((i) => i.id === itemId))
        throw invalidFields('scoring.unknownItem', { itemId: ['scoring.unknownItem'] });
      await manager.query(
        `INSERT INTO score_entries (unit_score_id, item_id) VALUES ($1, $2) ON CONFLICT (unit_score_id, item_id) DO NOTHING`,
        [card.id, itemId],
      );
      const entry = await manager.findOneByOrFail(ScoreEntryEntity, {
        unitScoreId: card.id,
        itemId,
      });
      const saved = await this.attachments.store(
        file,
        'scoreEvidence',
        actor,
        { type: EVIDENCE_OWNER, id: entry.id },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'scoreEvidence',
          entityId: card.id,
          after: { itemId, attachmentId: saved.id, fileName: saved.fileName },
        },
        manager,
      );
      return this.card(blocId, year, unitId, actor, manager);
    });
  }

  async removeEvidence(
    blocId: string,
    year: number,
    unitId: string,
    attachmentId: string,
    actor: AuthUser,
  ): Promise<UnitScoreResponse> {
    this.assertActsFor(actor, unitId);
    return this.dataSource.transaction(async (manager) => {
      const { card } = await this.openCard(manager, blocId, year, unitId);
      if (!isEditableByUnit(card.status))
        throw conflict('scoring.notEditable', { status: card.status });
      const entries = await this.repo.entries(manager, [card.id]);
      const attachment = await manager.findOneBy(AttachmentEntity, { id: attachmentId });
      const entry = entries.find((e) => e.id === attachment?.ownerId);
      if (!attachment || attachment.ownerType !== EVIDENCE_OWNER || !entry)
        throw new ApiException(404, 'scoring.evidenceNotFound');
      await manager.delete(AttachmentEntity, { id: attachmentId });
      await this.audit.record(
        {
          actor,
          action: 'delete',
          entity: 'scoreEvidence',
          entityId: card.id,
          before: { itemId: entry.itemId, attachmentId, fileName: attachment.fileName },
        },
        manager,
      );
      return this.card(blocId, year, unitId, actor, manager);
    });
  }

  /** The head or deputy adjusts scores of a submitted card, each with a reason the unit sees. */
  async adjust(
    blocId: string,
    year: number,
    unitId: string,
    dto: SaveAdjustmentsRequest,
    actor: AuthUser,
  ): Promise<UnitScoreResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { card, items } = await this.openCard(manager, blocId, year, unitId);
      await this.assertChecker(manager, actor, blocId, year, unitId);
      if (!isAdjustable(card.status)) throw conflict('scoring.notAdjustable');
      checkVersion(dto.version, card.version);
      assertPoints(items, dto.adjustments, 'adjustments');
      const existing = await this.repo.entries(manager, [card.id]);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const a of dto.adjustments) {
        const old = existing.find((e) => e.itemId === a.itemId);
        before[a.itemId] = {
          selfPoints: toNumber(old?.selfPoints),
          checkedPoints: toNumber(old?.checkedPoints),
          reason: old?.adjustReason ?? null,
        };
        after[a.itemId] = { checkedPoints: a.points, reason: a.reason };
        await manager.query(
          `INSERT INTO score_entries (unit_score_id, item_id, checked_points, adjust_reason, adjusted_by)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (unit_score_id, item_id) DO UPDATE SET checked_points = EXCLUDED.checked_points,
             adjust_reason = EXCLUDED.adjust_reason, adjusted_by = EXCLUDED.adjusted_by, updated_at = now()`,
          [card.id, a.itemId, a.points, a.reason, actor.username],
        );
      }
      await this.recordChange(manager, card, actor, 'scoreAdjustment', before, after);
      return this.card(blocId, year, unitId, actor, manager);
    });
  }

  /** Submit (the unit, every criterion scored), check or return with a reason (head, deputy). */
  async transition(
    blocId: string,
    year: number,
    unitId: string,
    dto: UnitScoreTransitionRequest,
    actor: AuthUser,
  ): Promise<UnitScoreResponse> {
    if (dto.action === 'submit') this.assertActsFor(actor, unitId);
    return this.dataSource.transaction(async (manager) => {
      const { card, items, member, shape } = await this.openCard(manager, blocId, year, unitId);
      if (dto.action !== 'submit') await this.assertChecker(manager, actor, blocId, year, unitId);
      checkVersion(dto.version, card.version);
      const next = nextUnitScoreStatus(card.status, dto.action);
      if (!next)
        throw conflict('scoring.invalidTransition', { action: dto.action, status: card.status });
      const entries = await this.repo.entries(manager, [card.id]);
      if (dto.action === 'submit') {
        const points = pointsOf(entries, 'self');
        if (!isComplete(items, points)) {
          const missing = items.filter(
            (i) => i.kind === 'criterion' && typeof points.get(i.id) !== 'number',
          );
          throw invalidFields(
            'scoring.incomplete',
            Object.fromEntries(missing.map((i) => [`items.${i.id}`, ['scoring.notScored']])),
            { count: missing.length },
          );
        }
      }
      if (dto.action === 'return' && !dto.reason)
        throw invalidFields('scoring.reasonRequired', { reason: ['scoring.reasonRequired'] });
      const now = new Date();
      const changes: Partial<UnitScoreEntity> = { status: next, version: card.version + 1 };
      if (dto.action === 'submit') Object.assign(changes, { submittedAt: now, returnReason: null });
      if (dto.action === 'return')
        Object.assign(changes, {
          returnReason: dto.reason,
          checkedAt: null,
          checkedByUnitId: null,
        });
      if (dto.action === 'check')
        Object.assign(changes, {
          checkedAt: now,
          checkedByUnitId: actor.role === 'admin' ? null : actor.unitId,
        });
      await manager.update(UnitScoreEntity, { id: card.id }, changes);
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'unitScore',
          entityId: card.id,
          before: { unit: member.name, status: card.status },
          after: {
            unit: member.name,
            status: next,
            total: scoreTotals(shape, pointsOf(entries, 'final')).total,
          },
          reason: dto.reason ?? null,
        },
        manager,
      );
      return this.card(blocId, year, unitId, actor, manager);
    });
  }

  /** The sheet (a draft, else 409), the member, and its card (created as a draft), locked. */
  private async openCard(manager: EntityManager, blocId: string, year: number, unitId: string) {
    await this.blocs.find(manager, blocId);
    const sheet: ScoreSheetEntity = await this.repo.findSheet(manager, blocId, year, true);
    if (sheet.status !== 'draft') throw conflict('scoring.locked');
    const member = await this.member(manager, blocId, year, unitId);
    const card = await this.repo.cardFor(manager, sheet.id, unitId);
    const { shape } = await this.repo.structure(manager, sheet);
    return { sheet, card, member, shape, items: shape.items };
  }

  private async member(
    manager: EntityManager,
    blocId: string,
    year: number,
    unitId: string,
  ): Promise<ScoringMemberRow> {
    const member = (await this.repo.members(manager, blocId, year)).find(
      (m) => m.unit_id === unitId,
    );
    if (!member) throw forbidden('scoring.notMember', { year });
    return member;
  }

  /** A new version of the card and one audit entry with the old and new values, when any changed. */
  private async recordChange(
    manager: EntityManager,
    card: UnitScoreEntity,
    actor: AuthUser,
    entity: 'unitScore' | 'scoreAdjustment',
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): Promise<void> {
    if (!Object.keys(after).length) return;
    await manager.update(UnitScoreEntity, { id: card.id }, { version: card.version + 1 });
    await this.audit.record(
      { actor, action: 'update', entity, entityId: card.id, before, after },
      manager,
    );
  }

  /** Admins act for any unit; unit and secretariat users for their own only. */
  private actsFor(user: AuthUser, unitId: string): boolean {
    if (user.role === 'admin') return true;
    return (user.role === 'unit' || user.role === 'secretariat') && user.unitId === unitId;
  }

  private assertActsFor(user: AuthUser, unitId: string): void {
    if (!this.actsFor(user, unitId)) throw forbidden('scoring.ownUnitOnly');
  }

  private mayCheckCard(user: AuthUser, unitId: string, leadership: Leadership): boolean {
    if (user.role === 'admin') return true;
    if (user.role !== 'secretariat' || !user.unitId) return false;
    return mayCheck(user.unitId, unitId, leadership);
  }

  private async assertChecker(
    manager: EntityManager,
    user: AuthUser,
    blocId: string,
    year: number,
    unitId: string,
  ): Promise<void> {
    if (user.role === 'admin') return;
    if (user.role === 'secretariat' && user.unitId === unitId) throw forbidden('scoring.ownSheet');
    const leadership = await this.repo.leadership(manager, blocId, year);
    if (!this.mayCheckCard(user, unitId, leadership))
      throw forbidden('scoring.notChecker', { year });
  }
}

/** The domain's point checks as 422 errors on `<list>.<i>.points`; nothing is written. */
function assertPoints(
  items: Parameters<typeof checkPoints>[0],
  entries: Array<{ itemId: string; points: number | null }>,
  list: string,
): void {
  const problems = checkPoints(items, entries);
  const fields: Record<string, string[]> = {};
  entries.forEach((e, i) => {
    const problem = problems[e.itemId];
    if (problem)
      fields[`${list}.${i}.${problem === 'unknownItem' ? 'itemId' : 'points'}`] = [
        `scoring.${problem}`,
      ];
  });
  if (Object.keys(fields).length) throw invalidFields('scoring.invalidPoints', fields);
}
