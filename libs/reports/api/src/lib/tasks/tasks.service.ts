import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BlocsService } from '@thidua/registry/api';
import { TASK_KINDS, type TaskItem, type TaskKind } from '@thidua/reports/contracts';
import type { AuthUser } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { taskPath } from './task-paths';
import { BLOC_TASKS, BOARD_TASKS, DELEGATE_TASKS, type TaskRow, UNIT_TASKS } from './task-queries';

/** Whose tasks: a signed-in user, or a user the daily mail is for. */
export type TaskOwner = Pick<AuthUser, 'id' | 'role' | 'unitId'>;

/** The queries a role runs: its unit's work, a bloc's secretariat, the board; every delegate votes. */
function queriesFor(owner: TaskOwner): Array<[TaskKind, string]> {
  const sets = [DELEGATE_TASKS];
  const actsForUnit = (owner.role === 'unit' || owner.role === 'secretariat') && !!owner.unitId;
  if (actsForUnit) sets.push(UNIT_TASKS);
  if (owner.role === 'secretariat' && owner.unitId) sets.push(BLOC_TASKS);
  if (owner.role === 'admin') sets.push(BOARD_TASKS);
  return sets.flatMap((set) => Object.entries(set) as Array<[TaskKind, string]>);
}

/** What waits for a user, computed from the data with the user's rights (`GET /me/tasks`). */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blocs: BlocsService,
  ) {}

  async tasksOf(owner: TaskOwner): Promise<TaskItem[]> {
    const { year } = await this.blocs.workingYear();
    const params = [owner.unitId, owner.id, year - 1];
    const lists = await Promise.all(
      queriesFor(owner).map(async ([kind, sql]) => {
        // Every query gets all three parameters, typed here whether it reads them or not.
        const rows: TaskRow[] = await this.dataSource.query(
          `WITH params AS (SELECT $1::uuid, $2::uuid, $3::int) ${sql}`,
          params,
        );
        return rows.map((row) => toTask(kind, row, owner.unitId));
      }),
    );
    return lists.flat().sort(byDueThenKind);
  }
}

function toTask(kind: TaskKind, row: TaskRow, unitId: string | null): TaskItem {
  return {
    kind,
    path: taskPath(kind, row, unitId),
    subject: row.subject,
    context: row.context,
    year: Number(row.year),
    count: row.count,
    dueOn: row.due_on,
  };
}

/** Soonest deadline first (none last), then in the order of `TASK_KINDS`, then by name. */
function byDueThenKind(a: TaskItem, b: TaskItem): number {
  if (a.dueOn !== b.dueOn) {
    if (!a.dueOn) return 1;
    if (!b.dueOn) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return (
    TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind) ||
    a.subject.localeCompare(b.subject, 'vi')
  );
}
