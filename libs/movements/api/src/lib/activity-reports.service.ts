import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ActivityReportResponse,
  ActivityReportsResponse,
  ActivityReportStatusRow,
} from '@thidua/movements/contracts';
import {
  activityReportDueDate,
  activityReportState,
  movementYears,
  participationPercent,
} from '@thidua/movements/domain';
import {
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import type { SaveActivityReportDto } from './dto/activity-reports.dto';
import { MovementEntity } from './entities/movement.entity';
import { MovementsService } from './movements.service';

interface ParticipantRow {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
}

interface ReportRow {
  id: string;
  unit_id: string;
  sessions_held: number;
  conferences_held: number;
  attendees: number;
  member_count: number;
  participant_count: number;
  models_built: number;
  summary: string | null;
  submitted_by: string | null;
  submitted_at: Date;
  submitted_on: string;
  version: number;
}

/** SQL: a year's participants of a movement, directly or through their bloc that year. */
export const MOVEMENT_PARTICIPANTS_SQL = `
  SELECT unit_id FROM movement_units WHERE movement_id = $1
  UNION
  SELECT bm.unit_id FROM movement_blocs mb
    JOIN bloc_memberships bm ON bm.bloc_id = mb.bloc_id AND bm.term_year = $2
   WHERE mb.movement_id = $1`;

/**
 * Units report their activities in a movement once a year (sessions, conferences, attendances,
 * members taking part, models); the secretariat sees who has reported and who is late.
 */
@Injectable()
export class ActivityReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly movements: MovementsService,
  ) {}

  async list(
    movementId: string,
    year: number,
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActivityReportsResponse> {
    const m = await this.movements.find(manager, movementId);
    checkYear(m, year);
    const dueDate = activityReportDueDate(m, year);
    const units: ParticipantRow[] = await manager.query(
      `SELECT u.id, u.code, u.name, u.short_name FROM units u
        WHERE u.id IN (${MOVEMENT_PARTICIPANTS_SQL})
        ORDER BY u.name COLLATE "vietnamese"`,
      [movementId, year],
    );
    const reports: ReportRow[] = await manager.query(
      `SELECT r.id, r.unit_id, r.sessions_held, r.conferences_held, r.attendees, r.member_count,
              r.participant_count, r.models_built, r.summary, r.submitted_by, r.submitted_at, r.version,
              to_char((r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') AS submitted_on
         FROM activity_reports r WHERE r.movement_id = $1 AND r.term_year = $2`,
      [movementId, year],
    );
    const [{ today }]: Array<{ today: string }> = await manager.query(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') AS today`,
    );
    const byUnit = new Map(reports.map((r) => [r.unit_id, r]));
    const rows: ActivityReportStatusRow[] = units.map((u) => {
      const r = byUnit.get(u.id) ?? null;
      const unit = { id: u.id, code: u.code, name: u.name, shortName: u.short_name };
      return {
        unit,
        state: activityReportState(dueDate, r?.submitted_on ?? null, today),
        report: r ? toResponse(r, movementId, year, unit) : null,
      };
    });
    const participants = new Set(units.map((u) => u.id));
    return {
      movementId,
      year,
      dueDate,
      expected: rows.length,
      reported: rows.filter((r) => r.report).length,
      late: rows.filter((r) => r.state === 'late').length,
      overdue: rows.filter((r) => r.state === 'overdue').length,
      rows,
      reportableUnitIds: reportableFor(user, participants),
    };
  }

  /** Creates or replaces the unit's report of the year (its own unit; admin any participant). */
  async save(
    movementId: string,
    dto: SaveActivityReportDto,
    actor: AuthUser,
  ): Promise<ActivityReportsResponse> {
    if (dto.participantCount > dto.memberCount) {
      throw invalidFields('movements.participantsOverMembers', {
        participantCount: ['movements.participantsOverMembers'],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const m = await this.movements.find(manager, movementId);
      if (m.status === 'draft') throw conflict('movements.notLaunched');
      checkYear(m, dto.year);
      const rows: Array<{ unit_id: string }> = await manager.query(MOVEMENT_PARTICIPANTS_SQL, [
        movementId,
        dto.year,
      ]);
      const participants = new Set(rows.map((r) => r.unit_id));
      if (!reportableFor(actor, participants).includes(dto.unitId)) {
        if (actor.role === 'admin')
          throw invalidFields('movements.notParticipant', { unitId: ['movements.notParticipant'] });
        throw forbidden('movements.notReportable');
      }
      const [current]: Array<Record<string, unknown> & { version: number }> = await manager.query(
        `SELECT sessions_held AS "sessionsHeld", conferences_held AS "conferencesHeld", attendees,
                member_count AS "memberCount", participant_count AS "participantCount",
                models_built AS "modelsBuilt", summary, version
           FROM activity_reports WHERE movement_id = $1 AND unit_id = $2 AND term_year = $3 FOR UPDATE`,
        [movementId, dto.unitId, dto.year],
      );
      checkVersion(dto.version, current?.version ?? 0);
      const { version: _read, ...before } = current ?? { version: 0 };
      // A first report racing another finds the row made (DO NOTHING) and is refused as stale.
      const [saved]: Array<{ id: string } | undefined> = await manager.query(
        `INSERT INTO activity_reports (movement_id, unit_id, term_year, sessions_held, conferences_held,
                attendees, member_count, participant_count, models_built, summary, submitted_by, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
         ON CONFLICT (movement_id, unit_id, term_year) DO UPDATE SET
           sessions_held = EXCLUDED.sessions_held, conferences_held = EXCLUDED.conferences_held,
           attendees = EXCLUDED.attendees, member_count = EXCLUDED.member_count,
           participant_count = EXCLUDED.participant_count, models_built = EXCLUDED.models_built,
           summary = EXCLUDED.summary, submitted_by = EXCLUDED.submitted_by, submitted_at = now(),
           updated_at = now(), version = activity_reports.version + 1
           WHERE $12::boolean
         RETURNING id`,
        [
          movementId,
          dto.unitId,
          dto.year,
          dto.sessionsHeld,
          dto.conferencesHeld,
          dto.attendees,
          dto.memberCount,
          dto.participantCount,
          dto.modelsBuilt,
          dto.summary ?? null,
          actor.id,
          !!current,
        ],
      );
      if (!saved) throw conflict('common.staleVersion');
      const { version: _sent, ...figures } = dto;
      await this.audit.record(
        {
          actor,
          action: current ? 'update' : 'create',
          entity: 'activityReport',
          entityId: saved.id,
          before: current
            ? { movementId, unitId: dto.unitId, year: dto.year, ...before }
            : undefined,
          after: { movementId, ...figures },
        },
        manager,
      );
      return this.list(movementId, dto.year, actor, manager);
    });
  }
}

function checkYear(m: MovementEntity, year: number): void {
  if (!movementYears(m.startDate, m.endDate).includes(year)) {
    throw invalidFields(
      'movements.yearOutsideMovement',
      { year: ['movements.yearOutsideMovement'] },
      { from: m.startDate.slice(0, 4), to: m.endDate.slice(0, 4) },
    );
  }
}

/** Admins report for any participant; unit and secretariat users for their own unit. */
function reportableFor(user: AuthUser, participants: Set<string>): string[] {
  if (user.role === 'admin') return [...participants];
  if ((user.role === 'unit' || user.role === 'secretariat') && user.unitId) {
    return participants.has(user.unitId) ? [user.unitId] : [];
  }
  return [];
}

function toResponse(
  r: ReportRow,
  movementId: string,
  year: number,
  unit: ActivityReportResponse['unit'],
): ActivityReportResponse {
  return {
    id: r.id,
    movementId,
    unit,
    year,
    sessionsHeld: r.sessions_held,
    conferencesHeld: r.conferences_held,
    attendees: r.attendees,
    memberCount: r.member_count,
    participantCount: r.participant_count,
    modelsBuilt: r.models_built,
    summary: r.summary,
    participationPercent: participationPercent(r.participant_count, r.member_count),
    submittedAt: new Date(r.submitted_at).toISOString(),
    submittedBy: r.submitted_by,
    version: r.version,
  };
}
