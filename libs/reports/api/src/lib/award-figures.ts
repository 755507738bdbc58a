import type { KindCounts } from '@thidua/reports/contracts';

/**
 * One bloc's awards of some years, as `h` (award_history) with `m` (the bloc's memberships of the
 * unit the award counts for, that year), driven by the bloc's few members through
 * `idx_award_history_year_beneficiary_unit`. Parameters: $1 years (smallint[]), $2 bloc id.
 * `join` adds tables (award types, units) to label the rows. Every bloc at once reads the counts
 * the triggers keep instead (`award_year_counts`, `award_bloc_counts`).
 */
export function blocAwards(join = ''): string {
  return `bloc_memberships m
         JOIN award_history h ON h.term_year = m.term_year AND h.beneficiary_unit_id = m.unit_id ${join}
        WHERE m.bloc_id = $2 AND m.term_year = ANY($1::smallint[])`;
}

/** `count(col)` counts the rows whose column is set: one beneficiary column per award row. */
export const KIND_COUNTS_SQL = `count(h.unit_id)::int AS collective, count(h.person_id)::int AS individual,
  count(h.household_id)::int AS household, count(*)::int AS total`;

export interface KindCountsRow {
  collective: number;
  individual: number;
  household: number;
  total: number;
}

export const kindCounts = (r?: Partial<KindCountsRow>): KindCounts => ({
  collective: Number(r?.collective ?? 0),
  individual: Number(r?.individual ?? 0),
  household: Number(r?.household ?? 0),
  total: Number(r?.total ?? 0),
});

export function sumCounts(rows: KindCounts[]): KindCounts {
  return rows.reduce(
    (s, r) => ({
      collective: s.collective + r.collective,
      individual: s.individual + r.individual,
      household: s.household + r.household,
      total: s.total + r.total,
    }),
    kindCounts(),
  );
}

/** A share in percent with one decimal; null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 1000) / 10 : null;
}
