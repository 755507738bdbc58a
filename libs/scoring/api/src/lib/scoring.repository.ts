import { Injectable } from '@nestjs/common';
import type { UnitRef } from '@thidua/registry/contracts';
import type { SheetItem, SheetShape } from '@thidua/scoring/domain';
import { notFound } from '@thidua/shared/api-core';
import type { EntityManager } from 'typeorm';

import { ScoreGroupEntity, ScoreItemEntity } from './entities/score-item.entity';
import { ScoreSheetEntity } from './entities/score-sheet.entity';
import { ScoreEntryEntity, UnitScoreEntity } from './entities/unit-score.entity';

export interface ScoringMemberRow {
  unit_id: string;
  code: string;
  name: string;
  short_name: string | null;
  left_on: string | null;
  role: 'head' | 'deputy' | null;
}

export interface Leadership {
  headUnitId: string | null;
  deputyUnitId: string | null;
}

/** A sheet's groups and items in order. */
export interface SheetStructure {
  groups: ScoreGroupEntity[];
  items: ScoreItemEntity[];
  shape: SheetShape;
}

export const unitRef = (
  m: Pick<ScoringMemberRow, 'unit_id' | 'code' | 'name' | 'short_name'>,
): UnitRef => ({
  id: m.unit_id,
  code: m.code,
  name: m.name,
  shortName: m.short_name,
});

/** The scoring queries by name (STYLE.md §4.8): members, leadership, sheet, cards and entries. */
@Injectable()
export class ScoringRepository {
  /** Members of the bloc in the year with their role; head first, then deputy, then in order. */
  members(manager: EntityManager, blocId: string, year: number): Promise<ScoringMemberRow[]> {
    return manager.query(
      `SELECT u.id AS unit_id, u.code, u.name, u.short_name, to_char(m.left_on, 'YYYY-MM-DD') AS left_on,
              CASE WHEN l.head_unit_id = u.id THEN 'head' WHEN l.deputy_unit_id = u.id THEN 'deputy' END AS role
         FROM bloc_memberships m
         JOIN units u ON u.id = m.unit_id
         LEFT JOIN bloc_leaderships l ON l.bloc_id = m.bloc_id AND l.term_year = m.term_year
        WHERE m.bloc_id = $1 AND m.term_year = $2
        ORDER BY CASE WHEN l.head_unit_id = u.id THEN 0 WHEN l.deputy_unit_id = u.id THEN 1 ELSE 2 END,
                 m.rotation_order, u.name COLLATE "vietnamese"`,
      [blocId, year],
    );
  }

  /** Current members (not left during the year). */
  async currentMembers(manager: EntityManager, blocId: string, year: number) {
    return (await this.members(manager, blocId, year)).filter((m) => m.left_on === null);
  }

  async leadership(manager: EntityManager, blocId: string, year: number): Promise<Leadership> {
    const [row] = (await manager.query(
      `SELECT head_unit_id, deputy_unit_id FROM bloc_leaderships WHERE bloc_id = $1 AND term_year = $2`,
      [blocId, year],
    )) as Array<{ head_unit_id: string | null; deputy_unit_id: string | null }>;
    return { headUnitId: row?.head_unit_id ?? null, deputyUnitId: row?.deputy_unit_id ?? null };
  }

  async findSheet(
    manager: EntityManager,
    blocId: string,
    year: number,
    lock = false,
  ): Promise<ScoreSheetEntity> {
    const sheet = await this.findSheetOrNull(manager, blocId, year, lock);
    if (!sheet) throw notFound('scoring.sheetNotFound', { year });
    return sheet;
  }

  findSheetOrNull(
    manager: EntityManager,
    blocId: string,
    year: number,
    lock = false,
  ): Promise<ScoreSheetEntity | null> {
    return manager.findOne(ScoreSheetEntity, {
      where: { blocId, termYear: year },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async structure(manager: EntityManager, sheet: ScoreSheetEntity): Promise<SheetStructure> {
    const groups = await manager.find(ScoreGroupEntity, {
      where: { sheetId: sheet.id },
      order: { position: 'ASC' },
    });
    const items = await manager.find(ScoreItemEntity, {
      where: { sheetId: sheet.id },
      order: { position: 'ASC' },
    });
    const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
    const kindOrder = { criterion: 0, bonus: 1, penalty: 2 } as const;
    items.sort(
      (a, b) =>
        kindOrder[a.kind] - kindOrder[b.kind] ||
        (groupIndex.get(a.groupId ?? '') ?? 0) - (groupIndex.get(b.groupId ?? '') ?? 0) ||
        a.position - b.position,
    );
    const shape: SheetShape = {
      groupCount: groups.length,
      bonusCap: toNumber(sheet.bonusCap),
      penaltyCap: toNumber(sheet.penaltyCap),
      items: items.map(
        (i): SheetItem => ({
          id: i.id,
          kind: i.kind,
          groupIndex: i.groupId ? (groupIndex.get(i.groupId) ?? 0) : null,
          maxPoints: Number(i.maxPoints),
        }),
      ),
    };
    return { groups, items, shape };
  }

  cards(manager: EntityManager, sheetId: string): Promise<UnitScoreEntity[]> {
    return manager.find(UnitScoreEntity, { where: { sheetId } });
  }

  async entries(manager: EntityManager, cardIds: string[]): Promise<ScoreEntryEntity[]> {
    if (!cardIds.length) return [];
    return manager
      .getRepository(ScoreEntryEntity)
      .createQueryBuilder('e')
      .where('e.unit_score_id IN (:...cardIds)', { cardIds })
      .getMany();
  }

  /** The card of a unit on the sheet, created as a draft when the unit has none yet. */
  async cardFor(manager: EntityManager, sheetId: string, unitId: string): Promise<UnitScoreEntity> {
    await manager.query(
      `INSERT INTO unit_scores (sheet_id, unit_id) VALUES ($1, $2) ON CONFLICT (sheet_id, unit_id) DO NOTHING`,
      [sheetId, unitId],
    );
    return manager.findOneOrFail(UnitScoreEntity, {
      where: { sheetId, unitId },
      lock: { mode: 'pessimistic_write' },
    });
  }
}

export function toNumber(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** Points per item of a card: the checked points where adjusted, else the unit's own. */
export function pointsOf(
  entries: ScoreEntryEntity[],
  which: 'self' | 'final',
): Map<string, number | null> {
  return new Map(
    entries.map((e) => [
      e.itemId,
      which === 'self' ? toNumber(e.selfPoints) : toNumber(e.checkedPoints ?? e.selfPoints),
    ]),
  );
}
