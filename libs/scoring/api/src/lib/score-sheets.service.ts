import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MovementTargetEntity, PledgeEntity } from '@thidua/movements/api';
import { BlocAccessService, BlocsService } from '@thidua/registry/api';
import {
  DEFAULT_TIE_BREAKS,
  type SaveScoreSheetRequest,
  type ScoreSheetContent,
  type ScoreItem,
  type ScoreItemKind,
  type ScoreScale,
  type ScoreSheetResponse,
} from '@thidua/scoring/contracts';
import { checkSheet, roundPoints, sheetTransition, spreadScale } from '@thidua/scoring/domain';
import {
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  notFound,
} from '@thidua/shared/api-core';
import { formatNumberVi } from '@thidua/shared/util';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';

import { ScoreGroupEntity, ScoreItemEntity } from './entities/score-item.entity';
import { ScoreRankingEntity } from './entities/score-ranking.entity';
import { ScoreSheetEntity } from './entities/score-sheet.entity';
import { UnitScoreEntity } from './entities/unit-score.entity';
import { RankingService } from './ranking.service';
import { sheetSnapshot, toSaveRequest, toScoreSheetResponse } from './score-sheet.mapper';
import { ScoringRepository } from './scoring.repository';

/** The bloc's yearly score sheet: criteria, bonus and penalty items, the agreement and the lock. */
@Injectable()
export class ScoreSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
    private readonly blocs: BlocsService,
    private readonly repo: ScoringRepository,
    private readonly ranking: RankingService,
  ) {}

  async get(
    blocId: string,
    year: number,
    user: AuthUser,
    manager = this.dataSource.manager,
  ): Promise<ScoreSheetResponse> {
    const bloc = await this.blocs.find(manager, blocId);
    const sheet = await this.repo.findSheet(manager, blocId, year);
    const structure = await this.repo.structure(manager, sheet);
    return toScoreSheetResponse(sheet, bloc, structure, {
      isEditable: await this.isEditable(manager, sheet),
      canManage: await this.access.canManageBloc(user, blocId, year),
    });
  }

  /** Creates the year's sheet or changes it while no unit has submitted (the secretariat). */
  async save(
    blocId: string,
    year: number,
    dto: SaveScoreSheetRequest,
    actor: AuthUser,
  ): Promise<ScoreSheetResponse> {
    await this.assertCanManage(actor, blocId, year);
    // A first save racing another meets the unique (bloc, year) and is refused as stale.
    return this.write(
      blocId,
      year,
      actor,
      async (manager, existing) => {
        checkVersion(dto.version, existing?.version ?? 0);
        return { request: dto, source: existing?.source ?? 'blank' };
      },
      'common.staleVersion',
    );
  }

  /** Starts the year's sheet as a copy of last year's, in one action. */
  async copyPrevious(blocId: string, year: number, actor: AuthUser): Promise<ScoreSheetResponse> {
    await this.assertCanManage(actor, blocId, year);
    return this.write(blocId, year, actor, async (manager, existing) => {
      if (existing) throw conflict('scoring.sheetExists', { year });
      const previous = await this.repo.findSheetOrNull(manager, blocId, year - 1);
      if (!previous) throw notFound('scoring.noPreviousSheet', { year: year - 1 });
      const copy = toSaveRequest(await this.get(blocId, year - 1, actor, manager));
      return { request: copy, source: 'previousYear' };
    });
  }

  /**
   * Starts the year's sheet from the pledge: one group of the common commitments, and one of the
   * movement's targets when the pledge belongs to a movement, the scale spread over them; so what
   * the units pledged is what they are scored on.
   */
  async fromPledge(
    blocId: string,
    year: number,
    scale: ScoreScale,
    actor: AuthUser,
  ): Promise<ScoreSheetResponse> {
    await this.assertCanManage(actor, blocId, year);
    return this.write(blocId, year, actor, async (manager, existing) => {
      if (existing) throw conflict('scoring.sheetExists', { year });
      const pledge = await manager.findOne(PledgeEntity, {
        where: { blocId, termYear: year },
        relations: { movement: true },
      });
      if (!pledge) throw notFound('scoring.noPledge', { year });
      const targets = pledge.movementId
        ? await manager.find(MovementTargetEntity, {
            where: { movementId: pledge.movementId },
            order: { position: 'ASC' },
          })
        : [];
      const count = pledge.commitments.length + targets.length;
      if (!count) throw conflict('scoring.noPledgeTargets', { year });
      const points = spreadScale(scale, count);
      const commitments: ScoreItem[] = pledge.commitments.map((content, i) => ({
        content,
        maxPoints: points[i],
      }));
      const targetItems = targets.map((t, i) => ({
        content: t.content,
        maxPoints: points[pledge.commitments.length + i],
        guidance:
          t.targetValue !== null
            ? `Chỉ tiêu: ${formatNumberVi(Number(t.targetValue), 2)}${t.measure ? ` ${t.measure}` : ''}`
            : null,
        sourceTargetId: t.id,
      }));
      const groups = [
        ...(commitments.length
          ? [{ title: 'I. Thực hiện nội dung giao ước thi đua', criteria: commitments }]
          : []),
        ...(targetItems.length
          ? [
              {
                title: `${commitments.length ? 'II' : 'I'}. Thực hiện chỉ tiêu phong trào "${pledge.movement?.title ?? ''}"`,
                criteria: targetItems,
              },
            ]
          : []),
      ];
      return {
        request: {
          scale,
          groups,
          bonusItems: [],
          penaltyItems: [],
          bonusCap: null,
          penaltyCap: null,
          tieBreaks: [...DEFAULT_TIE_BREAKS],
        },
        source: 'pledge',
      };
    });
  }

  /** The conference agrees the table: every member's card is checked (the secretariat records it). */
  async agree(
    blocId: string,
    year: number,
    version: number,
    actor: AuthUser,
  ): Promise<ScoreSheetResponse> {
    await this.assertCanManage(actor, blocId, year);
    return this.dataSource.transaction(async (manager) => {
      const sheet = await this.lockedSheet(manager, blocId, year, version);
      const members = await this.repo.currentMembers(manager, blocId, year);
      const cards = await this.repo.cards(manager, sheet.id);
      const statuses = members.map(
        (m) => cards.find((c) => c.unitId === m.unit_id)?.status ?? 'draft',
      );
      if (!sheetTransition(sheet.status, 'agree', statuses)) {
        if (sheet.status !== 'draft') throw conflict('scoring.locked');
        throw conflict('scoring.notAllChecked', {
          count: statuses.filter((s) => s !== 'checked').length,
        });
      }
      await manager.update(
        UnitScoreEntity,
        { sheetId: sheet.id, status: 'checked' },
        { status: 'agreed' },
      );
      await this.moveSheet(manager, sheet, actor, { status: 'agreed', agreedAt: new Date() });
      return this.get(blocId, year, actor, manager);
    });
  }

  /** The secretariat locks the agreed table: the ranking is written and nothing changes after. */
  async lock(
    blocId: string,
    year: number,
    version: number,
    actor: AuthUser,
  ): Promise<ScoreSheetResponse> {
    await this.assertCanManage(actor, blocId, year);
    return this.dataSource.transaction(async (manager) => {
      const sheet = await this.lockedSheet(manager, blocId, year, version);
      if (!sheetTransition(sheet.status, 'lock', [])) {
        throw conflict(sheet.status === 'locked' ? 'scoring.locked' : 'scoring.notAgreed');
      }
      const standings = await this.ranking.standings(manager, sheet);
      await manager.delete(ScoreRankingEntity, { blocId, termYear: year });
      if (standings.length) {
        await manager.insert(
          ScoreRankingEntity,
          standings.map((s) => ({
            blocId,
            termYear: year,
            unitId: s.key,
            sheetId: sheet.id,
            rank: s.rank,
            total: String(s.totals.total),
            isTiedForBallot: s.isTiedForBallot,
          })),
        );
      }
      await manager.update(UnitScoreEntity, { sheetId: sheet.id }, { status: 'locked' });
      await this.moveSheet(
        manager,
        sheet,
        actor,
        { status: 'locked', lockedAt: new Date() },
        {
          ranking: standings.map((s) => ({ unit: s.name, rank: s.rank, total: s.totals.total })),
        },
      );
      return this.get(blocId, year, actor, manager);
    });
  }

  /** The sheet's new status (a new version) and its audit entry, in the caller's transaction. */
  private async moveSheet(
    manager: EntityManager,
    sheet: ScoreSheetEntity,
    actor: AuthUser,
    change: Pick<ScoreSheetEntity, 'status'> &
      Partial<Pick<ScoreSheetEntity, 'agreedAt' | 'lockedAt'>>,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await manager.update(
      ScoreSheetEntity,
      { id: sheet.id },
      { ...change, version: sheet.version + 1 },
    );
    await this.audit.record(
      {
        actor,
        action: 'transition',
        entity: 'scoreSheet',
        entityId: sheet.id,
        before: { status: sheet.status },
        after: { status: change.status, ...details },
      },
      manager,
    );
  }

  async assertCanManage(actor: AuthUser, blocId: string, year: number): Promise<void> {
    if (!(await this.access.canManageBloc(actor, blocId, year))) throw forbidden();
  }

  /** Whether the criteria may change: the sheet is a draft and no unit has submitted yet. */
  private async isEditable(manager: EntityManager, sheet: ScoreSheetEntity): Promise<boolean> {
    if (sheet.status !== 'draft') return false;
    return !(await manager.exists(UnitScoreEntity, {
      where: { sheetId: sheet.id, status: In(['submitted', 'returned', 'checked']) },
    }));
  }

  private async lockedSheet(
    manager: EntityManager,
    blocId: string,
    year: number,
    version: number,
  ): Promise<ScoreSheetEntity> {
    await this.blocs.find(manager, blocId);
    const sheet = await this.repo.findSheet(manager, blocId, year, true);
    checkVersion(version, sheet.version);
    return sheet;
  }

  /** One transaction: the bloc and sheet locked, the content checked and written, audit-logged. */
  private async write(
    blocId: string,
    year: number,
    actor: AuthUser,
    build: (
      manager: EntityManager,
      existing: ScoreSheetEntity | null,
    ) => Promise<{ request: ScoreSheetContent; source: ScoreSheetEntity['source'] }>,
    duplicate: 'scoring.sheetExists' | 'common.staleVersion' = 'scoring.sheetExists',
  ): Promise<ScoreSheetResponse> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.blocs.find(manager, blocId, true);
        const existing = await this.repo.findSheetOrNull(manager, blocId, year, true);
        if (existing && !(await this.isEditable(manager, existing))) {
          throw conflict(existing.status === 'draft' ? 'scoring.sheetInUse' : 'scoring.locked');
        }
        if (!existing && !(await this.repo.members(manager, blocId, year)).length)
          throw conflict('scoring.noMembers', { year });
        const { request, source } = await build(manager, existing);
        assertValidSheet(request);
        const before = existing
          ? sheetSnapshot(await this.get(blocId, year, actor, manager))
          : null;
        const sheet =
          existing ??
          (await manager.save(
            manager.create(ScoreSheetEntity, {
              blocId,
              termYear: year,
              scale: request.scale,
              source,
              tieBreaks: request.tieBreaks,
            }),
          ));
        await this.writeStructure(manager, sheet, request);
        await manager.update(
          ScoreSheetEntity,
          { id: sheet.id },
          {
            scale: request.scale,
            bonusCap: request.bonusCap === null ? null : String(request.bonusCap),
            penaltyCap: request.penaltyCap === null ? null : String(request.penaltyCap),
            tieBreaks: request.tieBreaks,
            ...(existing ? { version: existing.version + 1 } : {}),
          },
        );
        await this.audit.record(
          {
            actor,
            action: existing ? 'update' : 'create',
            entity: 'scoreSheet',
            entityId: sheet.id,
            before,
            after: { year, source, ...sheetSnapshot(request) },
          },
          manager,
        );
        return this.get(blocId, year, actor, manager);
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw conflict(duplicate, { year });
      }
      throw error;
    }
  }

  /** Writes the groups and items: existing ids kept (with the units' scores), others replaced. */
  private async writeStructure(
    manager: EntityManager,
    sheet: ScoreSheetEntity,
    request: ScoreSheetContent,
  ): Promise<void> {
    const groups = await manager.find(ScoreGroupEntity, { where: { sheetId: sheet.id } });
    const items = await manager.find(ScoreItemEntity, { where: { sheetId: sheet.id } });
    const errors: Record<string, string[]> = {};
    request.groups.forEach((g, gi) => {
      if (g.id && !groups.some((x) => x.id === g.id))
        errors[`groups.${gi}.id`] = ['scoring.unknownId'];
    });
    const lists: Array<[ScoreItemKind, string, ScoreItem[]]> = [
      ...request.groups.map((g, gi): [ScoreItemKind, string, ScoreItem[]] => [
        'criterion',
        `groups.${gi}.criteria`,
        g.criteria,
      ]),
      ['bonus', 'bonusItems', request.bonusItems],
      ['penalty', 'penaltyItems', request.penaltyItems],
    ];
    for (const [kind, path, list] of lists) {
      list.forEach((item, i) => {
        if (item.id && !items.some((x) => x.id === item.id && x.kind === kind))
          errors[`${path}.${i}.id`] = ['scoring.unknownId'];
      });
    }
    if (Object.keys(errors).length) throw invalidFields('scoring.invalidSheet', errors);

    const keptItems = new Set(lists.flatMap(([, , list]) => list.map((i) => i.id).filter(Boolean)));
    const removedItems = items.filter((i) => !keptItems.has(i.id)).map((i) => i.id);
    if (removedItems.length) await manager.delete(ScoreItemEntity, { id: In(removedItems) });
    const groupIds: string[] = [];
    for (const [position, g] of request.groups.entries()) {
      if (g.id) {
        await manager.update(ScoreGroupEntity, { id: g.id }, { title: g.title, position });
        groupIds.push(g.id);
      } else {
        const saved = await manager.save(
          manager.create(ScoreGroupEntity, { sheetId: sheet.id, title: g.title, position }),
        );
        groupIds.push(saved.id);
      }
    }
    const removedGroups = groups.filter((g) => !groupIds.includes(g.id)).map((g) => g.id);
    if (removedGroups.length) await manager.delete(ScoreGroupEntity, { id: In(removedGroups) });
    const write = async (kind: ScoreItemKind, groupId: string | null, list: ScoreItem[]) => {
      for (const [position, item] of list.entries()) {
        const values = {
          kind,
          groupId,
          position,
          content: item.content,
          maxPoints: String(roundPoints(item.maxPoints)),
          guidance: item.guidance ?? null,
        };
        if (item.id) await manager.update(ScoreItemEntity, { id: item.id }, values);
        else {
          const sourceTargetId = (item as { sourceTargetId?: string }).sourceTargetId ?? null;
          await manager.insert(ScoreItemEntity, { ...values, sheetId: sheet.id, sourceTargetId });
        }
      }
    };
    for (const [gi, g] of request.groups.entries())
      await write('criterion', groupIds[gi], g.criteria);
    await write('bonus', null, request.bonusItems);
    await write('penalty', null, request.penaltyItems);
  }
}

/** The sheet's structure rules (domain) as 422 field errors. */
function assertValidSheet(request: ScoreSheetContent): void {
  const problems = checkSheet(request);
  if (!problems.length) return;
  const fields: Record<string, string[]> = {};
  const sum = roundPoints(
    request.groups.flatMap((g) => g.criteria).reduce((a, c) => a + c.maxPoints, 0),
  );
  for (const problem of problems) {
    const field = problem === 'duplicateTieBreak' ? 'tieBreaks' : 'groups';
    (fields[field] ??= []).push(`scoring.${problem}`);
  }
  throw invalidFields('scoring.invalidSheet', fields, { sum, scale: request.scale });
}
