import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BlocsService } from '@thidua/registry/api';
import type {
  RankingResponse,
  ScoreScale,
  ScoreTotals,
  TargetComparisonResponse,
} from '@thidua/scoring/contracts';
import { type Ranked, rankUnits, scoreTotals } from '@thidua/scoring/domain';
import type { UnitRef } from '@thidua/registry/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { ScoreRankingEntity } from './entities/score-ranking.entity';
import type { ScoreSheetEntity } from './entities/score-sheet.entity';
import { ScoringRepository, pointsOf, toNumber, unitRef } from './scoring.repository';

export type Standing = Ranked<string> & { unit: UnitRef };

/** Totals and ranking of a bloc's year; what the units pledged beside what they achieved. */
@Injectable()
export class RankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blocs: BlocsService,
    private readonly repo: ScoringRepository,
  ) {}

  /**
   * Every current member's final totals (checked points where adjusted, else its own), ranked by
   * the bloc's tie-breaks. A member without a card counts 0.
   */
  async standings(manager: EntityManager, sheet: ScoreSheetEntity): Promise<Standing[]> {
    const { shape } = await this.repo.structure(manager, sheet);
    const members = await this.repo.currentMembers(manager, sheet.blocId, sheet.termYear);
    const cards = await this.repo.cards(manager, sheet.id);
    const entries = await this.repo.entries(
      manager,
      cards.map((c) => c.id),
    );
    const inputs = members.map((m) => {
      const card = cards.find((c) => c.unitId === m.unit_id);
      const mine = card ? entries.filter((e) => e.unitScoreId === card.id) : [];
      return {
        key: m.unit_id,
        name: m.name,
        unit: unitRef(m),
        totals: scoreTotals(shape, pointsOf(mine, 'final')),
      };
    });
    return rankUnits(inputs, sheet.tieBreaks, new Intl.Collator('vi'));
  }

  /**
   * The ranking: final once the table is locked (as written at the lock), provisional before.
   * The unit ranked first leads the bloc.
   */
  async ranking(
    blocId: string,
    year: number,
    manager = this.dataSource.manager,
  ): Promise<RankingResponse> {
    const bloc = await this.blocs.find(manager, blocId);
    const sheet = await this.repo.findSheet(manager, blocId, year);
    const { groups } = await this.repo.structure(manager, sheet);
    let standings = await this.standings(manager, sheet);
    const isFinal = sheet.status === 'locked';
    if (isFinal) {
      const locked = await manager.find(ScoreRankingEntity, { where: { blocId, termYear: year } });
      standings = locked
        .map((row) => {
          const s = standings.find((x) => x.key === row.unitId);
          return s ? { ...s, rank: row.rank, isTiedForBallot: row.isTiedForBallot } : null;
        })
        .filter((s): s is Standing => s !== null)
        .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'vi'));
    }
    return {
      bloc: { id: bloc.id, name: bloc.name, kind: bloc.kind },
      year,
      scale: sheet.scale as ScoreScale,
      status: sheet.status,
      isFinal,
      tieBreaks: sheet.tieBreaks,
      groupTitles: groups.map((g) => g.title),
      items: standings.map((s) => ({
        rank: s.rank,
        unit: s.unit,
        total: s.totals.total,
        groups: s.totals.groups,
        bonus: s.totals.bonus,
        penalty: s.totals.penalty,
        isTiedForBallot: s.isTiedForBallot,
        leadsBloc: isFinal && s.rank === 1,
      })),
    };
  }

  /**
   * What each unit pledged (its registered targets), its reported results against the movement's
   * targets, and its points on the criteria that came from the pledge.
   */
  async comparison(blocId: string, year: number): Promise<TargetComparisonResponse> {
    const manager = this.dataSource.manager;
    await this.blocs.find(manager, blocId);
    const sheet = await this.repo.findSheetOrNull(manager, blocId, year);
    const pledge = (await manager.query(
      `SELECT id, movement_id FROM pledges WHERE bloc_id = $1 AND term_year = $2`,
      [blocId, year],
    )) as Array<{ id: string; movement_id: string | null }>;
    const targets = pledge[0]?.movement_id
      ? ((await manager.query(
          `SELECT id, content, measure, target_value FROM movement_targets WHERE movement_id = $1 ORDER BY position`,
          [pledge[0].movement_id],
        )) as Array<{
          id: string;
          content: string;
          measure: string | null;
          target_value: string | null;
        }>)
      : [];
    const results = targets.length
      ? ((await manager.query(
          `SELECT target_id, unit_id, value, note FROM movement_results WHERE target_id = ANY($1::uuid[])`,
          [targets.map((t) => t.id)],
        )) as Array<{
          target_id: string;
          unit_id: string;
          value: string | null;
          note: string | null;
        }>)
      : [];
    const registrations = pledge[0]
      ? ((await manager.query(`SELECT unit_id, targets FROM pledge_units WHERE pledge_id = $1`, [
          pledge[0].id,
        ])) as Array<{ unit_id: string; targets: string[] }>)
      : [];
    const structure = sheet ? await this.repo.structure(manager, sheet) : null;
    const criteria = structure
      ? structure.items.filter(
          (i) =>
            i.kind === 'criterion' && (sheet?.source === 'pledge' || i.sourceTargetId !== null),
        )
      : [];
    const cards = sheet ? await this.repo.cards(manager, sheet.id) : [];
    const entries = await this.repo.entries(
      manager,
      cards.map((c) => c.id),
    );
    const members = await this.repo.currentMembers(manager, blocId, year);
    return {
      year,
      targets: targets.map((t) => ({
        content: t.content,
        measure: t.measure,
        targetValue: toNumber(t.target_value),
      })),
      criteria: criteria.map((c) => ({
        id: c.id,
        content: c.content,
        maxPoints: Number(c.maxPoints),
      })),
      rows: members.map((m) => {
        const card = cards.find((c) => c.unitId === m.unit_id);
        const points = pointsOf(
          card ? entries.filter((e) => e.unitScoreId === card.id) : [],
          'final',
        );
        const totals: ScoreTotals | null =
          card && structure ? scoreTotals(structure.shape, points) : null;
        return {
          unit: unitRef(m),
          pledgedTargets: registrations.find((r) => r.unit_id === m.unit_id)?.targets ?? [],
          results: targets.map((t) => {
            const r = results.find((x) => x.target_id === t.id && x.unit_id === m.unit_id);
            return { value: toNumber(r?.value), note: r?.note ?? null };
          }),
          points: criteria.map((c) => points.get(c.id) ?? null),
          total: totals?.total ?? null,
        };
      }),
    };
  }
}
