// Issues #10 and #17: a hostile-input fuzz of EVERY write operation of the OpenAPI document against
// the built API. Each operation gets a fixed set of malformed bodies — nested 5,000 deep, lists and
// objects of 20,000 items, prototype keys (`__proto__`, `constructor`, `prototype`), numbers written
// with an exponent (1e-7, 1e-320, 1e400), broken JSON, 1.1 MB, and wrong content types (text/plain,
// form-encoded, XML, none, a foreign charset, multipart where JSON is taken and JSON where a file is)
// — then bodies built from its DTO schema, nested DTOs included, each field plausible (its example,
// an allowed value, a real id) or wrong (type, size, control characters, NFD, SQL, HTML, exponents)
// or missing. Prints requests, operations and 2xx/4xx/5xx; a 5xx, a refusal without the error shape,
// a refusal that changed the database, a malformed body taken, or an operation with fewer than 30
// malformed bodies fails it. FUZZ_PER_OP sets the schema bodies per operation, FUZZ_SEED the seed.
import { randomUUID } from 'node:crypto';

import fc from 'fast-check';

import { startStack } from './support.mjs';

const PER_OP = Number(process.env.FUZZ_PER_OP ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100000);
const MIN_PER_OP = 30;
const JSON_TYPE = 'application/json';

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
    fc.constantFrom(-32769, 32768, 2 ** 31, 2 ** 63, -0, 1e-7, -2.5e-8, 1e-320, 5e-324, 1e21),
  );
  const other = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.constant(randomUUID()),
    fc.constant([]),
    fc.constant({ nested: { deeper: [1, 'x'] } }),
    fc.constant(Array.from({ length: 2000 }, (_, i) => i)),
  );
  if (type === 'string') return fc.oneof(text, number, other);
  if (type === 'number' || type === 'integer') return fc.oneof(number, text, other);
  return fc.oneof(other, text, number);
}

const refName = (p) => (p?.$ref ?? p?.allOf?.[0]?.$ref)?.split('/').pop();

/** A value the schema would accept (its example, an allowed value, a real id), to get deeper. */
function plausibleFor(p, ids, doc, depth) {
  const ref = refName(p);
  if (ref) return bodyFor(doc.components.schemas[ref], ids, doc, depth + 1);
  if (p.enum?.length) return fc.constantFrom(...p.enum);
  if (p.example !== undefined) return fc.constant(p.example);
  if (p.format === 'uuid') return fc.constantFrom(...ids.units, ...ids.blocs, ...ids.any);
  if (p.type === 'number' || p.type === 'integer') return fc.integer({ min: 0, max: 100 });
  if (p.type === 'boolean') return fc.boolean();
  if (p.type === 'array')
    return fc.array(p.items ? plausibleFor(p.items, ids, doc, depth) : fc.constant({}), {
      maxLength: 3,
    });
  return fc.string({ minLength: 1, maxLength: 40 });
}

/** A body from the schema: each field plausible, wrong or missing, plus stray fields sometimes. */
function bodyFor(schema, ids, doc, depth = 0) {
  const props = Object.entries(schema?.properties ?? {});
  if (!props.length || depth > 3)
    return fc.oneof(fc.constant({}), fc.dictionary(fc.string(), wrongFor()));
  const fields = Object.fromEntries(
    props.map(([name, p]) => [
      name,
      fc.oneof(
        { weight: 3, arbitrary: plausibleFor(p, ids, doc, depth) },
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

/** The body as JSON with every number written `exponent` (a stray field carries it if none). */
function withExponents(body, exponent) {
  const text = JSON.stringify(body ?? {}, (_, v) => (typeof v === 'number' ? '\u0000n' : v));
  return text.includes('"\\u0000n"')
    ? text.replaceAll('"\\u0000n"', exponent)
    : `{"x":${exponent}}`;
}

/**
 * The malformed requests every write operation gets, as `{label, type, body, refused}`: `refused`
 * ones must get 4xx (they never reach the route's own code); the others must merely not get 5xx.
 */
function malformedFor(op, plausible) {
  const nest = (n, open, close, inner = '') => open.repeat(n) + inner + close.repeat(n);
  const firstField = Object.keys(op.schema?.properties ?? {})[0] ?? 'x';
  const json = (label, body, refused = true) => ({ label, type: JSON_TYPE, body, refused });
  const plain = JSON.stringify(plausible ?? {});
  const fields =
    plausible && typeof plausible === 'object' && !Array.isArray(plausible) ? plain : '{}';
  const list = [
    json('[[[…]]] 5,000 deep', nest(5000, '[', ']')),
    json('[{"a":[…]}] 3,000 deep', nest(3000, '[{"a":', '}]')),
    json('{"a":{…}} 5,000 deep', nest(5000, '{"a":', '}', '1')),
    json(`${firstField} nested 100 deep`, `{"${firstField}":${nest(100, '[', ']')}}`),
    json('a list of 100,000 numbers', JSON.stringify(Array(100_000).fill(7))),
    json(
      `${firstField}: a list of 20,001`,
      JSON.stringify({ [firstField]: Array(20_001).fill('a') }),
    ),
    json(
      'an object of 20,001 fields',
      JSON.stringify(Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`f${i}`, i]))),
    ),
    json('__proto__', '{"__proto__":{"isAdmin":true,"role":"admin"}}'),
    json('constructor.prototype', '{"constructor":{"prototype":{"isAdmin":true}}}'),
    json(`${firstField}.prototype`, `{"${firstField}":[{"prototype":{"polluted":1}}]}`),
    json(
      '__proto__ beside valid fields',
      `{"__proto__":{"isAdmin":true}${fields === '{}' ? '}' : `,${fields.slice(1)}`}`,
    ),
    json('broken JSON', '{"a":'),
    json('a bare word', 'nul'),
    json('a bare number', '42'),
    json('a trailing comma', '{"a":1,}'),
    json('1.1 MB', JSON.stringify({ [firstField]: 'x'.repeat(1_150_000) })),
    ...['1e-7', '-2.5e-8', '1e-320', '2e-3', '1.5e-5', '1e400', '1E+21'].map((e) =>
      json(`numbers written ${e}`, withExponents(plausible, e), false),
    ),
    { label: 'text/plain', type: 'text/plain', body: plain, refused: true },
    { label: 'text/html', type: 'text/html', body: '<form>', refused: true },
    { label: 'octet-stream', type: 'application/octet-stream', body: plain, refused: true },
    { label: 'merge-patch+json', type: 'application/merge-patch+json', body: plain, refused: true },
    {
      label: 'form-encoded',
      type: 'application/x-www-form-urlencoded',
      body: 'a[b][c][d][e]=1&__proto__[isAdmin]=true',
      refused: true,
    },
    { label: 'XML', type: 'application/xml', body: '<a><b>1</b></a>', refused: true },
    { label: 'no content type', type: null, body: plain, refused: true },
    { label: 'JSON in latin1', type: `${JSON_TYPE}; charset=latin1`, body: '{}', refused: true },
  ];
  if (op.takesFile)
    list.push(
      json('JSON to an upload', plain),
      {
        label: 'a[b][c] form fields',
        type: 'multipart',
        fields: { 'a[b][c]': '1' },
        refused: true,
      },
      { label: 'no file', type: 'multipart', fields: { x: '1' }, refused: true },
      {
        label: 'text named .pdf',
        type: 'multipart',
        file: ['bao-cao.pdf', 'không phải PDF'],
        refused: true,
      },
    );
  else
    list.push({
      label: 'a multipart form',
      type: 'multipart',
      fields: { body: plain },
      refused: true,
    });
  return list;
}

function fetchBody(req) {
  if (req.type !== 'multipart')
    return req.type === null ? new TextEncoder().encode(req.body) : req.body;
  const form = new FormData();
  for (const [k, v] of Object.entries(req.fields ?? {})) form.append(k, v);
  if (req.file) form.append('file', new Blob([req.file[1]]), req.file[0]);
  return form;
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

/** The write operations of the OpenAPI document. */
function writeOperations(doc) {
  const ops = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = op.requestBody?.content ?? {};
      const ref = refName(content[JSON_TYPE]?.schema);
      ops.push({
        method: method.toUpperCase(),
        path,
        schema: ref ? doc.components.schemas[ref] : undefined,
        names: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
        takesFile: !!content['multipart/form-data'],
        // Logging out ends the session it is sent with: each call gets a session of its own.
        endsSession: path.endsWith('/auth/logout'),
      });
    }
  return ops;
}

async function checksummer(sql) {
  const tables = (
    await sql.query(
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
  return async () => (await sql.query(checksumSql)).rows.map((r) => Object.values(r)[0]).join();
}

export async function run() {
  const stack = await startStack();
  try {
    const token = await stack.login('admin');
    const doc = await (await fetch(stack.base.replace('/api/v1', '/api/docs-json'))).json();
    const ids = await realIds(stack.sql);
    const ops = writeOperations(doc);
    const checksum = await checksummer(stack.sql);
    const totals = { requests: 0, '2xx': 0, '4xx': 0, '5xx': 0 };
    const problems = [];
    const started = Date.now();
    let before = await checksum();
    let fewest = Infinity;

    const send = async (op, params, req) => {
      let url = op.path;
      op.names.forEach((n, i) => (url = url.replace(`{${n}}`, encodeURIComponent(params[i]))));
      const auth = op.endsSession ? await stack.login('admin') : token;
      const headers = { authorization: `Bearer ${auth}` };
      if (req.type && req.type !== 'multipart') headers['content-type'] = req.type;
      if (op.endsSession) before = await checksum(); // signing in is not the request under test
      const res = await fetch(stack.base.replace('/api/v1', '') + url, {
        method: op.method,
        headers,
        body: req.body === undefined && !req.fields ? undefined : fetchBody(req),
      });
      const answer = await res.json().catch(() => null);
      totals.requests += 1;
      const after = await checksum();
      const where = `${op.method} ${url} ${req.label}`;
      if (res.status >= 500) {
        totals['5xx'] += 1;
        problems.push(`${where}: ${res.status} ${String(req.body).slice(0, 200)}`);
      } else if (res.status >= 400) {
        totals['4xx'] += 1;
        if (answer?.statusCode !== res.status || !answer.code || !answer.message)
          problems.push(`${where}: ${res.status} without the error shape`);
        if (after !== before) problems.push(`${where}: refused but the database changed`);
      } else {
        totals['2xx'] += 1;
        if (req.refused) problems.push(`${where}: a malformed body was taken (${res.status})`);
      }
      before = after;
    };

    for (const [i, op] of ops.entries()) {
      const params = fc.sample(fc.tuple(...op.names.map((n) => paramFor(n, ids))), {
        numRuns: 1,
        seed: SEED + i,
      })[0];
      const schemaBody = bodyFor(op.schema, ids, doc);
      const [plausible] = fc.sample(schemaBody, { numRuns: 1, seed: SEED + i });
      const malformed = malformedFor(op, plausible);
      fewest = Math.min(fewest, malformed.length);
      for (const req of malformed) await send(op, params, req);
      const fuzzed = fc.sample(
        fc.tuple(fc.tuple(...op.names.map((n) => paramFor(n, ids))), schemaBody),
        { numRuns: PER_OP, seed: SEED + i },
      );
      for (const [p, body] of fuzzed)
        await send(op, p, {
          label: 'schema',
          type: op.takesFile ? 'multipart' : JSON_TYPE,
          ...(op.takesFile
            ? { fields: { body: JSON.stringify(body) } }
            : { body: JSON.stringify(body ?? null) }),
        });
    }
    if (fewest < MIN_PER_OP)
      problems.push(`an operation got ${fewest} malformed bodies, fewer than ${MIN_PER_OP}`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `requests ${totals.requests}, 2xx ${totals['2xx']}, 4xx ${totals['4xx']}, 5xx ${totals['5xx']}  ` +
        `(${ops.length} write operations, each ${fewest}+ malformed and ${PER_OP} schema bodies; seed ${SEED}, ${seconds} s)`,
    );
    for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
    if (problems.length > 30) console.log(`  … and ${problems.length - 30} more`);
    return problems.length === 0;
  } finally {
    await stack.stop();
  }
}
