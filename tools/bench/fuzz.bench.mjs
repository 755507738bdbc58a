// Issue #10: a larger hostile-input fuzz against the built API than the integration suite runs.
// Every write operation of the OpenAPI document gets bodies built from its DTO schema with each
// field plausible (its example, an allowed value, a real id) or wrong in some way (type, size,
// control characters, NFD, SQL, HTML, numbers, ids) or missing, junk path
// ids and junk queries. Prints "requests N, 4xx N, 5xx 0"; a 5xx, a refusal without the error shape
// or a refusal that changed the database fails the benchmark. FUZZ_REQUESTS sets the size.
import { randomUUID } from 'node:crypto';

import fc from 'fast-check';

import { startStack } from './support.mjs';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 4000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100000);

/** Wrong values for a field of the given schema type. */
function wrongFor(type) {
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }).filter((s) => s.isWellFormed()),
    fc.constantFrom(
      "Robert'); DELETE FROM users; --",
      '1; UPDATE users SET role = $$admin$$',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<b onmouseover=alert(1)>Khối</b>',
      'Tab\there\u0001\u0002',
      'Bắc Hà'.normalize('NFD'),
      '\u200b\u200b',
      '%s%n%x',
      'ẞ'.repeat(5000),
    ),
  );
  const number = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(-32769, 32768, 2 ** 31, 2 ** 63, -0, 1e-320),
  );
  const other = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.constant(randomUUID()),
    fc.constant([]),
    fc.constant({ nested: { deeper: [1, 'x'] } }),
  );
  if (type === 'string') return fc.oneof(text, number, other);
  if (type === 'number' || type === 'integer') return fc.oneof(number, text, other);
  return fc.oneof(other, text, number);
}

/** A value the schema would accept (its example, an allowed value, a real id), to get deeper. */
function plausibleFor(p, ids) {
  if (p.enum?.length) return fc.constantFrom(...p.enum);
  if (p.example !== undefined) return fc.constant(p.example);
  if (p.format === 'uuid') return fc.constantFrom(...ids.units, ...ids.blocs, ...ids.any);
  if (p.type === 'number' || p.type === 'integer') return fc.integer({ min: 0, max: 100 });
  if (p.type === 'boolean') return fc.boolean();
  if (p.type === 'array')
    return fc.array(p.items?.type ? plausibleFor(p.items, ids) : fc.constant({}), { maxLength: 3 });
  return fc.string({ minLength: 1, maxLength: 40 });
}

/** A body from the schema: each field plausible, wrong or missing, plus stray fields sometimes. */
function bodyFor(schema, ids) {
  const props = Object.entries(schema?.properties ?? {});
  if (!props.length) return fc.oneof(fc.constant({}), fc.dictionary(fc.string(), wrongFor()));
  const fields = Object.fromEntries(
    props.map(([name, p]) => [
      name,
      fc.oneof(
        { weight: 3, arbitrary: plausibleFor(p, ids) },
        { weight: 2, arbitrary: wrongFor(p.type) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
    ]),
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.record(fields, { requiredKeys: [] }), fc.string({ minLength: 1 }))
        .map(([b, extra]) => ({ ...b, [extra]: true })),
    },
    { weight: 1, arbitrary: wrongFor() },
  );
}

async function realIds(sql) {
  const pick = async (q) => (await sql.query(q)).rows.map((r) => r.id);
  return {
    units: await pick('SELECT id FROM units LIMIT 20'),
    blocs: await pick('SELECT id FROM blocs'),
    any: await pick(
      `SELECT id FROM movements UNION ALL SELECT id FROM meetings UNION ALL SELECT id FROM ballots
       UNION ALL SELECT id FROM nominations UNION ALL SELECT id FROM people UNION ALL SELECT id FROM award_types`,
      // No user ids: a fuzzed password reset or deactivation of the fuzzer's own account would end it.
    ),
  };
}

/** Path values: real ids (of any kind, so often the wrong kind), random uuids and junk. */
function paramFor(name, ids) {
  const real = name === 'blocId' ? ids.blocs : name === 'unitId' ? ids.units : ids.any;
  if (name === 'year')
    return fc.oneof(fc.constantFrom('2024', '2025', '1899', '99999', '-1', 'năm', '2024.5'));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 1,
      arbitrary: fc.constantFrom('0', 'null', "x' or 'a'='a", '%E0%A4%A', 'ü'.repeat(300)),
    },
  );
}

export async function run() {
  const stack = await startStack();
  try {
    const token = await stack.login('admin');
    const doc = await (await fetch(stack.base.replace('/api/v1', '/api/docs-json'))).json();
    const ids = await realIds(stack.sql);
    const ops = [];
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        if (path.endsWith('/auth/logout')) continue; // would end the fuzzer's own session
        const json = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const schema = json ? doc.components.schemas[json.split('/').pop()] : undefined;
        const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        ops.push({ method, path, schema, names });
      }
    const tables = (
      await stack.sql.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
           AND table_type = 'BASE TABLE' AND table_name NOT IN ('sessions', 'login_throttles', 'audit_log')`,
      )
    ).rows.map((r) => r.table_name);
    const checksumSql = tables
      // Export jobs progress in the background: only their count is compared.
      .map((t) =>
        t === 'export_jobs'
          ? `SELECT count(*) || '' FROM "${t}" x`
          : `SELECT count(*) || ':' || coalesce(sum(hashtextextended(x::text, 0)::numeric), 0) FROM "${t}" x`,
      )
      .join(' UNION ALL ');
    const checksum = async () =>
      (await stack.sql.query(checksumSql)).rows.map((r) => Object.values(r)[0]).join();

    const totals = { requests: 0, '2xx': 0, '4xx': 0, '5xx': 0 };
    const problems = [];
    const request = fc.constantFrom(...ops).chain((op) =>
      fc.record({
        op: fc.constant(op),
        params: fc.tuple(...op.names.map((n) => paramFor(n, ids))),
        body: bodyFor(op.schema, ids),
      }),
    );
    const started = Date.now();
    let before = await checksum();
    for (const { op, params, body } of fc.sample(request, { numRuns: REQUESTS, seed: SEED })) {
      let url = op.path;
      op.names.forEach((n, i) => (url = url.replace(`{${n}}`, encodeURIComponent(params[i]))));
      const res = await fetch(stack.base.replace('/api/v1', '') + url, {
        method: op.method.toUpperCase(),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body:
          op.method === 'delete' && body === undefined ? undefined : JSON.stringify(body ?? null),
      });
      const answer = await res.json().catch(() => null);
      totals.requests += 1;
      const after = await checksum();
      if (res.status >= 500) {
        totals['5xx'] += 1;
        problems.push(
          `${op.method.toUpperCase()} ${url}: ${res.status} ${JSON.stringify(body)?.slice(0, 200)}`,
        );
      } else if (res.status >= 400) {
        totals['4xx'] += 1;
        if (answer?.statusCode !== res.status || !answer.code || !answer.message)
          problems.push(`${op.method.toUpperCase()} ${url}: ${res.status} without the error shape`);
        if (after !== before)
          problems.push(`${op.method.toUpperCase()} ${url}: refused but the database changed`);
      } else totals['2xx'] += 1;
      before = after;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `requests ${totals.requests}, 2xx ${totals['2xx']}, 4xx ${totals['4xx']}, 5xx ${totals['5xx']}  (${ops.length} write operations, seed ${SEED}, ${seconds} s)`,
    );
    for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
    return problems.length === 0;
  } finally {
    await stack.stop();
  }
}
