import type { EntityManager } from 'typeorm';

/** A movement's targets and participants as the edit form sends them: its audit before-image. */
export async function movementParts(
  manager: EntityManager,
  movementId: string,
): Promise<{ targets: unknown[]; blocIds: string[]; unitIds: string[] }> {
  const targets: Array<{
    id: string;
    content: string;
    measure: string | null;
    value: string | null;
  }> = await manager.query(
    `SELECT id, content, measure, target_value AS value FROM movement_targets
        WHERE movement_id = $1 ORDER BY position`,
    [movementId],
  );
  const [{ blocIds, unitIds }] = (await manager.query(
    `SELECT ARRAY(SELECT bloc_id FROM movement_blocs WHERE movement_id = $1 ORDER BY bloc_id) AS "blocIds",
            ARRAY(SELECT unit_id FROM movement_units WHERE movement_id = $1 ORDER BY unit_id) AS "unitIds"`,
    [movementId],
  )) as Array<{ blocIds: string[]; unitIds: string[] }>;
  return {
    targets: targets.map((t) => ({
      id: t.id,
      content: t.content,
      measure: t.measure,
      targetValue: t.value === null ? null : Number(t.value),
    })),
    blocIds,
    unitIds,
  };
}

/** A unit's reported results of a movement, locked for the change that follows. */
export async function movementResults(
  manager: EntityManager,
  movementId: string,
  unitId: string,
): Promise<Array<{ targetId: string; value: number | null; note: string | null }>> {
  const rows: Array<{ target_id: string; value: string | null; note: string | null }> =
    await manager.query(
      `SELECT r.target_id, r.value, r.note FROM movement_results r
         JOIN movement_targets t ON t.id = r.target_id
        WHERE r.movement_id = $1 AND r.unit_id = $2 ORDER BY t.position FOR UPDATE OF r`,
      [movementId, unitId],
    );
  return rows.map((r) => ({
    targetId: r.target_id,
    value: r.value === null ? null : Number(r.value),
    note: r.note,
  }));
}
