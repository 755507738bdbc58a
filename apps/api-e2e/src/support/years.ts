import type { TestApp } from './test-app';

/**
 * The emulation years the integration suites hold. Every suite shares one database, and a suite that
 * puts demo units into a bloc of its own in a year takes them out of their demo blocs for that year
 * (a unit belongs to one bloc a year), so no two suites may work in the same year. A suite that
 * needs a year for a single test asks {@link scratchYear}; fixed years stay out of its range.
 */
export const SUITE_YEARS = {
  ballots: [2030, 2031, 2032, 2036],
  awardLists: [2034],
  auditBeforeImages: [2033],
  awardListDelete: [2037],
  reports: [2038],
  optimisticVersioning: [2039],
  voteCrash: [2041],
  sealedBox: [2074, 2075],
  secondOrganisation: [2076],
  formatChecklist: [2077],
  numberedBlocPapers: [2078],
  clearance: [2079],
  security: [2070, 2071, 2072, 2073, 2095, 2096],
} as const satisfies Record<string, readonly number[]>;

/** Years handed out one at a time by {@link scratchYear}. */
export const SCRATCH_YEARS = { from: 2042, to: 2069 } as const;

function checkYears(): void {
  const owner = new Map<number, string>();
  for (const [suite, years] of Object.entries(SUITE_YEARS)) {
    for (const year of years) {
      const other = owner.get(year);
      if (other) throw new Error(`${year} is held by both ${other} and ${suite}`);
      if (year >= SCRATCH_YEARS.from && year <= SCRATCH_YEARS.to) {
        throw new Error(`${suite}'s ${year} lies in the scratch years`);
      }
      owner.set(year, suite);
    }
  }
}
checkYears();

/**
 * The first scratch year in which none of `unitIds` belongs to a bloc: the caller's bloc of those
 * units in that year then changes no other suite's (or test's) bloc. Suites run one at a time.
 */
export async function scratchYear(t: TestApp, unitIds: string[]): Promise<number> {
  const [row] = (await t.dataSource.query(
    `SELECT y::int AS year FROM generate_series($1::int, $2::int) AS y
      WHERE NOT EXISTS (SELECT 1 FROM bloc_memberships m WHERE m.term_year = y AND m.unit_id = ANY($3::uuid[]))
      ORDER BY y LIMIT 1`,
    [SCRATCH_YEARS.from, SCRATCH_YEARS.to, unitIds],
  )) as Array<{ year: number }>;
  if (!row) {
    throw new Error(`no scratch year left between ${SCRATCH_YEARS.from} and ${SCRATCH_YEARS.to}`);
  }
  return row.year;
}
