import type { EntityManager } from 'typeorm';

import { FLAG_LIST_2023 } from './demo-award-lists';

/**
 * The clearance round of the demo's 2023 flag list (Nghị định 152/2025 Art. 4): the party
 * inspection commission answered "no objection" for both units; the inspectorate (the demo's
 * clearance office account `xacnhan`) has not answered, and its due date has passed, so the gate
 * holds the list's decision until it answers or the council overrides.
 */
export const DEMO_CLEARANCE_ROUND = {
  title: 'Xác nhận danh sách đề nghị tặng Cờ thi đua năm 2023',
  dueDate: '2023-12-10',
  offices: { answered: 'UBKTTU', silent: 'TTT' },
};

/** Written once: an existing round of the same title is left as it is. */
export async function seedDemoClearance(manager: EntityManager): Promise<void> {
  const round = DEMO_CLEARANCE_ROUND;
  const [exists] = await manager.query(`SELECT 1 FROM clearance_requests WHERE title = $1`, [
    round.title,
  ]);
  const [list] = (await manager.query(`SELECT id FROM award_lists WHERE title = $1`, [
    FLAG_LIST_2023.title,
  ])) as Array<{ id: string }>;
  if (exists || !list) return;
  const [{ id }] = (await manager.query(
    `INSERT INTO clearance_requests (kind, title, term_year, award_list_id, due_date, created_by, created_at)
     VALUES ('clearance', $1, 2023, $2, $3, (SELECT id FROM users WHERE username = 'admin'), '2023-11-25T09:00:00+07:00')
     RETURNING id`,
    [round.title, list.id, round.dueDate],
  )) as Array<{ id: string }>;
  await manager.query(
    `INSERT INTO clearance_answers (request_id, office_id, nomination_id, answer, answered_at, answered_by, version)
     SELECT $1, u.id, i.nomination_id,
            CASE WHEN u.code = $3 THEN 'noObjection' END,
            CASE WHEN u.code = $3 THEN '2023-12-05T15:00:00+07:00'::timestamptz END,
            CASE WHEN u.code = $3 THEN u.name END,
            CASE WHEN u.code = $3 THEN 1 ELSE 0 END
       FROM award_list_items i, units u
      WHERE i.list_id = $2 AND u.code IN ($3, $4)`,
    [id, list.id, round.offices.answered, round.offices.silent],
  );
}
