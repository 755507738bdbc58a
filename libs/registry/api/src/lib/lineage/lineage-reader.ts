import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  LineageLinkResponse,
  LineageRuleValue,
  UnitEventResponse,
  UnitLineageResponse,
  UnitRef,
} from '@thidua/registry/contracts';
import {
  type LineageLink,
  type LineageRule,
  type UnitEvent,
  inheritedSources,
  nameOn,
  namesOverTime,
  predecessorsOf,
  successorsOf,
} from '@thidua/registry/domain';
import { notFound } from '@thidua/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';

export interface StoredEvent extends UnitEvent {
  decisionNumber: string;
}

interface EventRow {
  id: string;
  kind: UnitEvent['kind'];
  effective_date: string;
  decision_number: string;
  decision_date: string;
  decided_by: string;
  note: string | null;
  main_source_id: string | null;
  previous_name: string | null;
  new_name: string | null;
  previous_parent_id: string | null;
  new_parent_id: string | null;
  created_at: Date;
  sources: string[];
  targets: string[];
}

const EVENT_COLUMNS = `e.id, e.kind, to_char(e.effective_date, 'YYYY-MM-DD') AS effective_date, e.decision_number,
  to_char(e.decision_date, 'YYYY-MM-DD') AS decision_date, e.decided_by, e.note, e.main_source_id,
  e.previous_name, e.new_name, e.previous_parent_id, e.new_parent_id, e.created_at,
  COALESCE(array_agg(eu.unit_id ORDER BY eu.unit_id) FILTER (WHERE eu.side = 'source'), '{}') AS sources,
  COALESCE(array_agg(eu.unit_id ORDER BY eu.unit_id) FILTER (WHERE eu.side = 'target'), '{}') AS targets`;

/**
 * The registry's reader of lineage, for itself and for other domains: a unit's events, its
 * predecessors and successors, whose history counts for it under the rule in force, and the name
 * a unit bore on a date (documents dated before a rename print the old name).
 */
@Injectable()
export class LineageReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async allEvents(manager: EntityManager = this.dataSource.manager): Promise<StoredEvent[]> {
    const rows: EventRow[] = await manager.query(
      `SELECT ${EVENT_COLUMNS} FROM unit_events e LEFT JOIN unit_event_units eu ON eu.event_id = e.id
        GROUP BY e.id ORDER BY e.effective_date, e.created_at`,
    );
    return rows.map(toStored);
  }

  async rule(manager: EntityManager = this.dataSource.manager): Promise<LineageRule> {
    const [row] = await manager.query(`SELECT rule FROM lineage_settings`);
    return (row?.rule ?? 'none') as LineageRule;
  }

  /** The units whose records count for `unitId` (itself first), each up to the year it counts. */
  async historyUnits(
    unitId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ unitId: string; untilYear: number | null; viaName: string | null }>> {
    const sources = inheritedSources(
      unitId,
      await this.allEvents(manager),
      await this.rule(manager),
    );
    const refs = await this.refs(
      manager,
      sources.map((s) => s.unitId),
    );
    return [
      { unitId, untilYear: null, viaName: null },
      ...sources.map((s) => ({
        unitId: s.unitId,
        untilYear: s.untilYear,
        viaName: refs.get(s.unitId)?.name ?? null,
      })),
    ];
  }

  /** The name `unitId` bore on `date` (yyyy-MM-dd). */
  async nameOn(
    unitId: string,
    date: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const [unit] = await manager.query(`SELECT name FROM units WHERE id = $1`, [unitId]);
    if (!unit) throw notFound('units.notFound');
    return nameOn(unit.name, await this.renames(manager, unitId), date);
  }

  async eventsOf(unitId: string): Promise<UnitEventResponse[]> {
    await this.unitRef(this.dataSource.manager, unitId);
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM unit_events e LEFT JOIN unit_event_units eu ON eu.event_id = e.id
        WHERE e.id IN (SELECT event_id FROM unit_event_units WHERE unit_id = $1)
        GROUP BY e.id ORDER BY e.effective_date DESC, e.created_at DESC`,
      [unitId],
    );
    return this.toResponses(this.dataSource.manager, rows);
  }

  async event(manager: EntityManager, id: string): Promise<UnitEventResponse> {
    const rows: EventRow[] = await manager.query(
      `SELECT ${EVENT_COLUMNS} FROM unit_events e LEFT JOIN unit_event_units eu ON eu.event_id = e.id
        WHERE e.id = $1 GROUP BY e.id`,
      [id],
    );
    if (!rows.length) throw notFound('unitEvents.notFound');
    return (await this.toResponses(manager, rows))[0];
  }

  async lineage(unitId: string): Promise<UnitLineageResponse> {
    const manager = this.dataSource.manager;
    const unit = await this.unitRef(manager, unitId);
    const events = await this.allEvents(manager);
    const rule = (await this.rule(manager)) as LineageRuleValue;
    const predecessors = predecessorsOf(unitId, events);
    const successors = successorsOf(unitId, events);
    const inherits = inheritedSources(unitId, events, rule);
    const refs = await this.refs(
      manager,
      [...predecessors, ...successors].map((l) => l.unitId),
    );
    const byId = new Map(events.map((e) => [e.id, e]));
    const link = (l: LineageLink): LineageLinkResponse => ({
      unit: refs.get(l.unitId) as UnitRef,
      event: {
        id: l.eventId,
        kind: l.kind,
        effectiveDate: l.date,
        decisionNumber: byId.get(l.eventId)?.decisionNumber ?? '',
      },
      depth: l.depth,
      main: l.main,
    });
    return {
      unit,
      names: namesOverTime(unit.name, await this.renames(manager, unitId)),
      predecessors: predecessors.map(link),
      successors: successors.map(link),
      rule,
      inherits: inherits.map((s) => ({
        unit: refs.get(s.unitId) as UnitRef,
        untilYear: s.untilYear,
      })),
    };
  }

  private async renames(manager: EntityManager, unitId: string) {
    const rows: Array<{ date: string; previous_name: string; new_name: string }> =
      await manager.query(
        `SELECT to_char(e.effective_date, 'YYYY-MM-DD') AS date, e.previous_name, e.new_name
         FROM unit_events e JOIN unit_event_units eu ON eu.event_id = e.id AND eu.side = 'source'
        WHERE e.kind = 'rename' AND eu.unit_id = $1`,
        [unitId],
      );
    return rows.map((r) => ({ date: r.date, previousName: r.previous_name, newName: r.new_name }));
  }

  private async unitRef(manager: EntityManager, id: string): Promise<UnitRef> {
    const ref = (await this.refs(manager, [id])).get(id);
    if (!ref) throw notFound('units.notFound');
    return ref;
  }

  private async refs(manager: EntityManager, ids: string[]): Promise<Map<string, UnitRef>> {
    const rows: Array<{ id: string; code: string; name: string; short_name: string | null }> =
      await manager.query(
        `SELECT id, code, name, short_name FROM units WHERE id = ANY($1::uuid[])`,
        [[...new Set(ids)]],
      );
    return new Map(
      rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, shortName: r.short_name }]),
    );
  }

  private async toResponses(
    manager: EntityManager,
    rows: EventRow[],
  ): Promise<UnitEventResponse[]> {
    const ids = rows.flatMap((r) => [
      ...r.sources,
      ...r.targets,
      ...[r.main_source_id, r.previous_parent_id, r.new_parent_id].filter((x): x is string => !!x),
    ]);
    const refs = await this.refs(manager, ids);
    const newest = await this.newestEventIds(manager, rows);
    const ref = (id: string | null) => (id ? (refs.get(id) ?? null) : null);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      effectiveDate: r.effective_date,
      decision: { number: r.decision_number, date: r.decision_date, decidedBy: r.decided_by },
      note: r.note,
      sources: r.sources.map((id) => refs.get(id) as UnitRef),
      targets: r.targets.map((id) => refs.get(id) as UnitRef),
      mainSource: ref(r.main_source_id),
      previousName: r.previous_name,
      newName: r.new_name,
      previousParent: ref(r.previous_parent_id),
      newParent: ref(r.new_parent_id),
      createdAt: r.created_at.toISOString(),
      canUndo: newest.has(r.id),
    }));
  }

  /** Of `rows`, the events that are still the newest (by recording) of every unit they touch. */
  private async newestEventIds(manager: EntityManager, rows: EventRow[]): Promise<Set<string>> {
    const found: Array<{ id: string }> = await manager.query(
      `SELECT e.id FROM unit_events e
        WHERE e.id = ANY($1::uuid[])
          AND NOT EXISTS (
            SELECT 1 FROM unit_event_units mine
              JOIN unit_event_units other ON other.unit_id = mine.unit_id AND other.event_id <> e.id
              JOIN unit_events later ON later.id = other.event_id AND later.created_at > e.created_at
             WHERE mine.event_id = e.id)`,
      [rows.map((r) => r.id)],
    );
    return new Set(found.map((f) => f.id));
  }
}

function toStored(r: EventRow): StoredEvent {
  return {
    id: r.id,
    kind: r.kind,
    date: r.effective_date,
    sources: r.sources,
    targets: r.targets,
    mainSourceId: r.main_source_id,
    decisionNumber: r.decision_number,
  };
}
