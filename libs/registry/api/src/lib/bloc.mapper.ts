import type { BlocResponse } from '@thidua/registry/contracts';

import type { BlocEntity } from './entities/bloc.entity';

export function toBlocResponse(b: BlocEntity): BlocResponse {
  return {
    id: b.id,
    name: b.name,
    kind: b.kind,
    description: b.description,
    managingAuthority: b.managingAuthority,
    headCooldownYears: b.headCooldownYears,
    isArchived: b.isArchived,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
    version: b.version,
  };
}

export function blocSnapshot(b: BlocEntity): Record<string, unknown> {
  return {
    name: b.name,
    kind: b.kind,
    description: b.description,
    managingAuthority: b.managingAuthority,
    headCooldownYears: b.headCooldownYears,
    isArchived: b.isArchived,
  };
}

/** One row of the per-year figures query (`yearFigures`). */
export interface YearFiguresRow {
  bloc_id: string;
  term_year: number;
  member_count: number;
  head_id: string | null;
  head_code: string | null;
  head_name: string | null;
  head_short: string | null;
  deputy_id: string | null;
  deputy_code: string | null;
  deputy_name: string | null;
  deputy_short: string | null;
}

/**
 * Members (not counting those who left) and head/deputy of blocs per year. `$1` is an array of
 * bloc ids; `$2` a year or null for every year.
 */
export const YEAR_FIGURES_SQL = `
  WITH years AS (
    SELECT bloc_id, term_year FROM bloc_memberships WHERE bloc_id = ANY($1::uuid[]) AND ($2::smallint IS NULL OR term_year = $2)
    UNION
    SELECT bloc_id, term_year FROM bloc_leaderships WHERE bloc_id = ANY($1::uuid[]) AND ($2::smallint IS NULL OR term_year = $2))
  SELECT y.bloc_id, y.term_year,
         (SELECT count(*)::int FROM bloc_memberships m
           WHERE m.bloc_id = y.bloc_id AND m.term_year = y.term_year AND m.left_on IS NULL) AS member_count,
         h.id AS head_id, h.code AS head_code, h.name AS head_name, h.short_name AS head_short,
         d.id AS deputy_id, d.code AS deputy_code, d.name AS deputy_name, d.short_name AS deputy_short
    FROM years y
    LEFT JOIN bloc_leaderships l ON l.bloc_id = y.bloc_id AND l.term_year = y.term_year
    LEFT JOIN units h ON h.id = l.head_unit_id
    LEFT JOIN units d ON d.id = l.deputy_unit_id
   ORDER BY y.term_year DESC`;

export function refOf(
  id: string | null,
  code: string | null,
  name: string | null,
  shortName: string | null,
) {
  return id && code && name ? { id, code, name, shortName } : null;
}
