// Issue #20: at 100,000 units and 1,000,000 award-history rows (the reports bench's data), the
// server-side p95 of a diacritic-free unit search, of a unit's award history and of a unit's whole
// record (target: each under 20 ms), each beside the bare SQL the API runs, timed in the same run,
// with the plan (EXPLAIN ANALYZE) of the bare query.
import { load } from './reports.bench.mjs';
import { percentile, report, startStack, timeRequests } from './support.mjs';

const REQUESTS = 100;
const LIMIT_MS = 20;
/** From a few matches to thousands: the words of the generated names, without diacritics. */
const SEARCHES = ['so 4242', 'bao cao so 777', 'thu nghiem bao cao so 9999', 'so 12', 'r0500'];

const UNIT_SEARCH_SQL = `
  SELECT u.id, u.code, u.name, u.short_name, k.name AS kind
    FROM units u LEFT JOIN unit_kinds k ON k.id = u.kind_id
   WHERE u.search_text LIKE $1
   ORDER BY u.name COLLATE "vietnamese", u.id LIMIT 20`;
const UNIT_COUNT_SQL = `SELECT count(*)::int FROM units u WHERE u.search_text LIKE $1`;
const HISTORY_SQL = `
  SELECT h.id, h.term_year, a.name, coalesce(bu.name, p.full_name, hh.head_name) AS beneficiary
    FROM award_history h JOIN award_types a ON a.id = h.award_type_id
    LEFT JOIN units bu ON bu.id = h.unit_id LEFT JOIN people p ON p.id = h.person_id
    LEFT JOIN households hh ON hh.id = h.household_id
   WHERE h.beneficiary_unit_id = $1
   ORDER BY h.term_year DESC, a.sort_order, coalesce(bu.name, p.full_name, hh.head_name) COLLATE "vietnamese", h.id
   LIMIT 20`;
const HISTORY_COUNT_SQL = `SELECT count(*)::int FROM award_history h WHERE h.beneficiary_unit_id = $1`;

/** Times each parameter list through `queries` run in turn on the bare connection (ms). */
async function timeBare(sql, queries, paramLists) {
  const times = [];
  for (const params of paramLists) {
    const started = process.hrtime.bigint();
    for (const query of queries) await sql.query(query, params);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

async function explain(sql, query, params) {
  const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS OFF, TIMING OFF) ${query}`, params);
  return plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n');
}

const fold = (q) => `%${q}%`;

export async function run() {
  const stack = await startStack();
  try {
    const started = Date.now();
    await load(stack.sql);
    console.log(`search: reports data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const unitIds = (await stack.sql.query(`SELECT id FROM bu WHERE n % 500 = 0`)).rows.map(
      (r) => r.id,
    );
    const token = await stack.login();
    const pick = (list, i) => list[i % list.length];
    const sets = [
      {
        name: 'GET /units?q= (diacritic-free search)',
        urls: SEARCHES.map((q) => `/units?q=${encodeURIComponent(q)}`),
        bare: [UNIT_SEARCH_SQL, UNIT_COUNT_SQL],
        params: SEARCHES.map((q) => [fold(q)]),
      },
      {
        name: "GET /award-history?unitId= (a unit's awards)",
        urls: unitIds.map((id) => `/award-history?unitId=${id}`),
        bare: [HISTORY_SQL, HISTORY_COUNT_SQL],
        params: unitIds.map((id) => [id]),
      },
      {
        name: "GET /reports/units/:id (a unit's record)",
        urls: unitIds.map((id) => `/reports/units/${id}`),
        bare: null,
        params: [],
      },
    ];
    const results = [];
    for (const set of sets) {
      const urls = Array.from({ length: REQUESTS }, (_, i) => `${stack.base}${pick(set.urls, i)}`);
      await timeRequests(urls.slice(0, 5), token); // warm-up
      const p95 = report(set.name, await timeRequests(urls, token), LIMIT_MS);
      results.push(p95);
      if (!set.bare) continue;
      const paramLists = Array.from({ length: REQUESTS }, (_, i) => pick(set.params, i));
      const bare = await timeBare(stack.sql, set.bare, paramLists);
      const bareP95 = percentile(bare, 95);
      report('  bare SQL (page + count)', bare);
      console.log(`  API / bare p95: ${(p95 / bareP95).toFixed(2)}×`);
      console.log(`  plan of the page query (${JSON.stringify(set.params[0])}):`);
      console.log(await explain(stack.sql, set.bare[0], set.params[0]));
    }
    return results.every((p95) => p95 < LIMIT_MS);
  } finally {
    await stack.stop();
  }
}
