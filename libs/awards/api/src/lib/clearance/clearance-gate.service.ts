import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClearanceBlocker, ClearanceKind, ClearanceSummary } from '@thidua/awards/contracts';
import { type ClearanceFact, type ClearanceOutcome, clearanceOutcome } from '@thidua/awards/domain';
import { ApiException } from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

/** Today in Vietnam, as the due dates are written. */
export const TODAY_SQL = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * The decision gate: a nominee's clearance over every clearance round and concurrence request
 * sent about it. Other domains (the award list and its decision) ask here.
 */
@Injectable()
export class ClearanceGateService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async outcomes(
    nominationIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ClearanceOutcome>> {
    const out = new Map<string, ClearanceOutcome>();
    if (!nominationIds.length) return out;
    const rows = (await manager.query(
      `SELECT a.nomination_id, r.kind, u.name AS office, a.answer,
              to_char(r.due_date, 'YYYY-MM-DD') AS due_date, to_char(${TODAY_SQL}, 'YYYY-MM-DD') AS today
         FROM clearance_answers a
         JOIN clearance_requests r ON r.id = a.request_id
         JOIN units u ON u.id = a.office_id
        WHERE a.nomination_id = ANY($1::uuid[])
        ORDER BY r.created_at, u.name`,
      [nominationIds],
    )) as Array<{
      nomination_id: string;
      kind: ClearanceKind;
      office: string;
      answer: ClearanceFact['answer'];
      due_date: string;
      today: string;
    }>;
    const overridden = new Set(
      (
        (await manager.query(
          `SELECT nomination_id FROM clearance_overrides WHERE nomination_id = ANY($1::uuid[])`,
          [nominationIds],
        )) as Array<{ nomination_id: string }>
      ).map((r) => r.nomination_id),
    );
    const today = rows[0]?.today ?? '';
    for (const id of nominationIds) {
      const facts = rows
        .filter((r) => r.nomination_id === id)
        .map((r) => ({ kind: r.kind, office: r.office, answer: r.answer, dueDate: r.due_date }));
      out.set(id, clearanceOutcome(facts, overridden.has(id), today));
    }
    return out;
  }

  /** The state of each nominee, as the award list shows it. */
  async summaries(
    nominationIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, ClearanceSummary>> {
    const outcomes = await this.outcomes(nominationIds, manager);
    return new Map(
      [...outcomes].map(([id, o]) => [
        id,
        { state: o.state, offices: [...new Set(o.holding.map((h) => h.office))] },
      ]),
    );
  }

  /**
   * Refuses (409 `clearance.blocked`) when a nominee has an open objection or an office silent past
   * its due date and no override; the error's `blocked` lists the nominees and why.
   */
  async assertCleared(
    nominees: Array<{ id: string; name: string }>,
    manager: EntityManager,
  ): Promise<void> {
    const outcomes = await this.outcomes(
      nominees.map((n) => n.id),
      manager,
    );
    const blocked: ClearanceBlocker[] = nominees.flatMap((n) => {
      const holding = outcomes.get(n.id)?.holding ?? [];
      return holding.length
        ? [
            {
              nominationId: n.id,
              name: n.name,
              reasons: holding.map((h) => ({ state: h.state, kind: h.kind, office: h.office })),
            },
          ]
        : [];
    });
    if (!blocked.length) return;
    const error = new ApiException(409, 'clearance.blocked', {
      count: blocked.length,
      names: blocked.map((b) => b.name).join(', '),
    });
    error.extra = { blocked };
    throw error;
  }
}
