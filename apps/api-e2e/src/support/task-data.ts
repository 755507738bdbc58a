import type { FreshBloc } from './fresh-bloc';
import { type TestApp, bearer } from './test-app';

/** An ISO date `days` from today on the server's calendar. */
export function daysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The bloc's pledge with one commitment, drawn up by its secretariat, serving a movement launched
 * on `dueOn` (the pledge's signing deadline) whose year-end review is also then (scores' deadline).
 */
export async function pledgeDueOn(
  t: TestApp,
  secretariatToken: string,
  bloc: FreshBloc,
  dueOn: string,
): Promise<void> {
  await t.http
    .put(`/api/v1/blocs/${bloc.id}/years/${bloc.year}/pledge`)
    .set(bearer(secretariatToken))
    .send({ title: 'Giao ước', place: 'Lào Cai', commitments: ['Hoàn thành xuất sắc nhiệm vụ'] })
    .expect(200);
  await t.dataSource.query(
    `WITH mv AS (
       INSERT INTO movements (kind, title, launching_authority, launch_date, start_date, end_date, year_end_review_date)
       VALUES ('regular', $3, 'UBND tỉnh', $4, $4, $4, $4) RETURNING id)
     UPDATE pledges SET movement_id = (SELECT id FROM mv) WHERE bloc_id = $1 AND term_year = $2`,
    [bloc.id, bloc.year, `Phong trào của ${bloc.name}`, dueOn],
  );
}
