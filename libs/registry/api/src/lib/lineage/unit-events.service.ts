import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type LineageProblem,
  type UnitEvent,
  checkUnitEvents,
  ceasedBy,
} from '@thidua/registry/domain';
import type { UnitEventResponse } from '@thidua/registry/contracts';
import {
  AuditService,
  type AuthUser,
  ApiException,
  conflict,
  forbidden,
  invalidFields,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';

import type { CreateUnitEventDto } from './unit-events.dto';
import { LineageReader, type StoredEvent } from './lineage-reader';

/** The field of the request each lineage problem is about, for field-by-field errors. */
const PROBLEM_FIELD: Record<LineageProblem['code'], string> = {
  'lineage.sourcesRequired': 'otherSourceIds',
  'lineage.targetsRequired': 'targetIds',
  'lineage.shape': 'kind',
  'lineage.mainSource': 'mainSourceId',
  'lineage.duplicateUnit': 'otherSourceIds',
  'lineage.ceased': 'effectiveDate',
  'lineage.notYetCreated': 'effectiveDate',
  'lineage.sameDay': 'effectiveDate',
  'lineage.cycle': 'targetIds',
};

/**
 * Records the events of units (rename, merge, absorb, split, move, dissolve) and undoes the newest
 * one. An event is checked with every event before it (one at a time: an advisory lock), creates
 * the new units it names, archives the units it ends and renames or moves the unit, all in one
 * transaction with its audit entry.
 */
@Injectable()
export class UnitEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reader: LineageReader,
  ) {}

  async create(
    unitId: string,
    dto: CreateUnitEventDto,
    actor: AuthUser,
  ): Promise<UnitEventResponse> {
    if (actor.role !== 'admin') throw forbidden();
    const id = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('unit_events'))`);
      const unit = await this.unitRow(manager, unitId);
      const newUnitIds = await this.createNewUnits(manager, dto);
      const { sources, targets } = this.sidesOf(unitId, dto, newUnitIds);
      await this.checkUnitsExist(manager, [
        ...sources,
        ...targets,
        ...(dto.newParentId ? [dto.newParentId] : []),
      ]);
      const candidate: UnitEvent = {
        id: 'new',
        kind: dto.kind,
        date: dto.effectiveDate,
        sources,
        targets,
        mainSourceId: dto.mainSourceId ?? null,
      };
      const existing = await this.reader.allEvents(manager);
      const problems = checkUnitEvents([...existing, candidate]).filter((p) => p.eventId === 'new');
      if (problems.length) throw this.problemsError(problems);
      const [row] = await manager.query(
        `INSERT INTO unit_events (kind, effective_date, decision_number, decision_date, decided_by, note,
                                  main_source_id, previous_name, new_name, previous_parent_id, new_parent_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          dto.kind,
          dto.effectiveDate,
          dto.decision.number,
          dto.decision.date,
          dto.decision.decidedBy,
          dto.note ?? null,
          dto.mainSourceId ?? null,
          dto.kind === 'rename' ? unit.name : null,
          dto.kind === 'rename' ? dto.newName : null,
          dto.kind === 'move' ? unit.parent_id : null,
          dto.kind === 'move' ? (dto.newParentId ?? null) : null,
          actor.id,
        ],
      );
      await manager.query(
        `INSERT INTO unit_event_units (event_id, unit_id, side)
         SELECT $1::uuid, u, 'source' FROM unnest($2::uuid[]) u
         UNION ALL SELECT $1::uuid, u, 'target' FROM unnest($3::uuid[]) u`,
        [row.id, sources, targets],
      );
      await this.apply(manager, { ...candidate, id: row.id }, dto);
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'unitEvent',
          entityId: row.id,
          after: { ...candidate, id: row.id, decision: dto.decision, newName: dto.newName ?? null },
        },
        manager,
      );
      return row.id as string;
    });
    return this.reader.event(this.dataSource.manager, id);
  }

  /**
   * Undoes the newest event of its units while nothing has changed them since: the units it
   * created are removed (if nothing refers to them yet), the ones it ended come back, a rename or
   * a move is reversed.
   */
  async undo(eventId: string, actor: AuthUser): Promise<void> {
    if (actor.role !== 'admin') throw forbidden();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('unit_events'))`);
      const event = await this.reader.event(manager, eventId);
      if (!event.canUndo) throw conflict('unitEvents.notNewest');
      const stored = (await this.reader.allEvents(manager)).find(
        (e) => e.id === eventId,
      ) as StoredEvent;
      await manager.query(`DELETE FROM unit_events WHERE id = $1`, [eventId]);
      for (const unit of ceasedBy(stored))
        await manager.query(
          `UPDATE units SET is_archived = false, version = version + 1 WHERE id = $1`,
          [unit],
        );
      if (event.kind === 'rename')
        await manager.query(`UPDATE units SET name = $2, version = version + 1 WHERE id = $1`, [
          stored.sources[0],
          event.previousName,
        ]);
      if (event.kind === 'move')
        await manager.query(
          `UPDATE units SET parent_id = $2, version = version + 1 WHERE id = $1`,
          [stored.sources[0], event.previousParent?.id ?? null],
        );
      const created = stored.targets.filter((t) => !stored.sources.includes(t));
      if ((event.kind === 'merge' || event.kind === 'split') && created.length) {
        try {
          await manager.query(`DELETE FROM units WHERE id = ANY($1::uuid[])`, [created]);
        } catch {
          throw conflict('unitEvents.newUnitsInUse');
        }
      }
      await this.audit.record(
        { actor, action: 'delete', entity: 'unitEvent', entityId: eventId, before: { ...event } },
        manager,
      );
    });
  }

  private async unitRow(
    manager: EntityManager,
    id: string,
  ): Promise<{ id: string; name: string; parent_id: string | null }> {
    const [unit] = await manager.query(`SELECT id, name, parent_id FROM units WHERE id = $1`, [id]);
    if (!unit) throw notFound('units.notFound');
    return unit;
  }

  /** The event's sources and targets: the unit of the URL is always a source. */
  private sidesOf(
    unitId: string,
    dto: CreateUnitEventDto,
    newUnitIds: string[],
  ): { sources: string[]; targets: string[] } {
    const sources = [unitId, ...(dto.otherSourceIds ?? [])];
    switch (dto.kind) {
      case 'rename':
      case 'move':
        return { sources, targets: [unitId] };
      case 'dissolve':
        return { sources, targets: [] };
      default:
        return { sources, targets: [...(dto.targetIds ?? []), ...newUnitIds] };
    }
  }

  private async createNewUnits(manager: EntityManager, dto: CreateUnitEventDto): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, unit] of (dto.newUnits ?? []).entries()) {
      const [taken] = await manager.query(`SELECT 1 FROM units WHERE code = $1`, [unit.code]);
      if (taken)
        throw invalidFields(
          'units.codeTaken',
          { [`newUnits.${index}.code`]: ['units.codeTaken'] },
          {
            code: unit.code,
          },
        );
      const [row] = await manager.query(
        `INSERT INTO units (code, name, short_name) VALUES ($1, $2, $3) RETURNING id`,
        [unit.code, unit.name, unit.shortName ?? null],
      );
      ids.push(row.id);
    }
    return ids;
  }

  private async checkUnitsExist(manager: EntityManager, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    const found: Array<{ id: string }> = await manager.query(
      `SELECT id FROM units WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    if (found.length !== unique.length)
      throw invalidFields('unitEvents.unitNotFound', {
        otherSourceIds: ['unitEvents.unitNotFound'],
      });
  }

  private problemsError(problems: LineageProblem[]): ApiException {
    const fields: Record<string, string[]> = {};
    for (const p of problems) (fields[PROBLEM_FIELD[p.code]] ??= []).push(p.code);
    return invalidFields(problems[0].code, fields);
  }

  /** What the event does to the units: archive those it ends, rename, move. */
  private async apply(
    manager: EntityManager,
    event: UnitEvent,
    dto: CreateUnitEventDto,
  ): Promise<void> {
    for (const unit of ceasedBy(event))
      await manager.query(
        `UPDATE units SET is_archived = true, version = version + 1 WHERE id = $1`,
        [unit],
      );
    if (dto.kind === 'rename')
      await manager.query(`UPDATE units SET name = $2, version = version + 1 WHERE id = $1`, [
        event.sources[0],
        dto.newName,
      ]);
    if (dto.kind === 'move') {
      if (dto.newParentId === event.sources[0])
        throw invalidFields('units.parentCycle', { newParentId: ['units.parentCycle'] });
      await manager.query(`UPDATE units SET parent_id = $2, version = version + 1 WHERE id = $1`, [
        event.sources[0],
        dto.newParentId ?? null,
      ]);
    }
  }
}
