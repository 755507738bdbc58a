import fc from 'fast-check';

import { type TestApp, createTestApp, uniqueName } from '../support/test-app';
import { type Actors, COPY_YEAR, YEAR, prepareActors } from './support/actors';
import { Fixtures } from './support/fixtures';
import { applyMutation, hostileFiles, mutations } from './support/hostile';
import {
  type MatrixRow,
  type Target,
  call,
  openApiOperations,
  toOpenApiPath,
} from './support/matrix';
import { awardTypeBody, endpointRows } from './support/rows';

/** Runs per write endpoint; `FUZZ_RUNS` raises it (the benchmark runs many more). */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10);

/** Tables a refused request may touch legitimately: sessions and the sign-in rate limit. */
const VOLATILE = ['sessions', 'login_throttles', 'migrations', 'typeorm_metadata'];
/** Rows that background work updates (export progress): only their count is compared. */
const COUNT_ONLY = ['export_jobs'];
/** A refused sign-in is written to the audit log on purpose. */
const AUDITED_REFUSALS = ['POST /auth/login'];

/**
 * Valid targets of the suite's own making for the rows whose matrix target is a demo record: a
 * hostile but acceptable value (a name with HTML, say) may be saved, and other suites read the demo.
 */
function sandboxTargets(f: Fixtures): Record<string, () => Promise<Target>> {
  const blocWithMember = async () => {
    const [bloc, unit] = await Promise.all([f.makeBloc(), f.makeUnit()]);
    await f.api('admin', 'put', `/blocs/${bloc.id}/years/${YEAR}/members`, {
      unitIds: [unit.id],
      version: 0,
    });
    return { bloc, unit };
  };
  return {
    'PATCH /units/:id': async () => {
      const u = await f.makeUnit();
      return { params: { id: u.id }, body: { name: u.name, version: u.version } };
    },
    'PATCH /blocs/:id': async () => {
      const b = await f.makeBloc();
      return { params: { id: b.id }, body: { description: 'Mô tả', version: b.version } };
    },
    'PUT /blocs/:id/years/:year/members': async () => {
      const [b, u] = await Promise.all([f.makeBloc(), f.makeUnit()]);
      return { params: { id: b.id, year: YEAR }, body: { unitIds: [u.id], version: 0 } };
    },
    'PUT /blocs/:id/years/:year/leadership': async () => {
      const { bloc, unit } = await blocWithMember();
      return {
        params: { id: bloc.id, year: YEAR },
        body: {
          headUnitId: unit.id,
          deputyUnitId: null,
          version: await f.yearVersion(bloc.id, YEAR),
        },
      };
    },
    'POST /blocs/:id/years/:year/copy-previous': async () => {
      const { bloc } = await blocWithMember();
      return { params: { id: bloc.id, year: COPY_YEAR }, body: { version: 0 } };
    },
    'PATCH /unit-kinds/:id': async () => {
      const k = await f.api('admin', 'post', '/unit-kinds', {
        code: uniqueName('k-'),
        name: `Loại ${uniqueName('')}`,
      });
      return { params: { id: k.id }, body: { name: k.name, version: k.version } };
    },
    'PUT /certificate-layouts/:awardTypeId': async () => {
      const type = await f.api('admin', 'post', '/award-types', awardTypeBody());
      const l = await f.api('admin', 'get', `/certificate-layouts/${type.id}`);
      return {
        params: { awardTypeId: type.id },
        body: { orientation: l.orientation, fields: l.fields, version: l.version },
      };
    },
  };
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, { schema?: { $ref?: string } }> } }>
  >;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

describe('hostile and malformed input', () => {
  let t: TestApp;
  let a: Actors;
  let f: Fixtures;
  let rows: MatrixRow[];
  let doc: OpenApiDoc;
  let checksumSql: string;
  const totals = { requests: 0, '2xx': 0, '4xx': 0, '5xx': 0 };
  const failures: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    a = await prepareActors(t);
    f = new Fixtures(t, a);
    await f.init();
    const sandbox = sandboxTargets(f);
    rows = endpointRows(f, a).map((r) =>
      sandbox[r.route] ? { ...r, target: sandbox[r.route] } : r,
    );
    doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const tables: Array<{ table_name: string }> = await t.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))
        ORDER BY table_name`,
      [VOLATILE],
    );
    checksumSql = tables
      .map(
        ({ table_name }) =>
          `SELECT '${table_name}' AS name, count(*) || ':' || ${
            COUNT_ONLY.includes(table_name)
              ? "''"
              : 'coalesce(sum(hashtextextended(x::text, 0)::numeric), 0)'
          } AS sum FROM "${table_name}" x`,
      )
      .join(' UNION ALL ');
  }, 120_000);

  afterAll(async () => {
    // The totals of the run, for CI logs and docs/security.md.
    process.stdout.write(
      `hostile input: requests ${totals.requests}, 2xx ${totals['2xx']}, 4xx ${totals['4xx']}, 5xx ${totals['5xx']}\n`,
    );
    await t.close();
  });

  /** Row count and the sum of the rows' hashes (order-free, no sort) of every table, as `table=count:sum` lines. */
  const checksum = async (): Promise<string> =>
    (await t.dataSource.query(checksumSql))
      .map((r: { name: string; sum: string }) => `${r.name}=${r.sum}`)
      .join('\n');
  const changedTables = (x: string, y: string) => {
    const b = new Set(y.split('\n'));
    return x
      .split('\n')
      .filter((l) => !b.has(l))
      .map((l) => l.split('=')[0]);
  };

  /** Sends, counts, and checks the answer: never 5xx; a refusal has the error shape and changes nothing. */
  async function send(
    row: MatrixRow,
    target: Target,
    label: string,
    before: string,
  ): Promise<{ sum: string; status: number }> {
    let headers = a.headers('admin');
    if (row.freshSession) {
      headers = { Authorization: `Bearer ${await a.freshToken('admin')}` };
      before = await checksum(); // signing in is not the request under test
    }
    let res: { status: number; body: unknown };
    try {
      res = await call(t, row.route, target, headers);
    } catch (e) {
      failures.push(`${row.route} ${label}: ${(e as Error).message}`);
      return { sum: await checksum(), status: 0 };
    }
    totals.requests += 1;
    const body = res.body as { statusCode?: number; code?: string; message?: string } | null;
    const after = await checksum();
    if (res.status >= 500) {
      totals['5xx'] += 1;
      failures.push(`${row.route} ${label}: ${res.status} ${body?.code ?? ''}`);
    } else if (res.status >= 400) {
      totals['4xx'] += 1;
      if (body?.statusCode !== res.status || typeof body.code !== 'string' || !body.message)
        failures.push(`${row.route} ${label}: ${res.status} without the error shape`);
      const changed = changedTables(before, after).filter(
        (table) => !(table === 'audit_log' && AUDITED_REFUSALS.includes(row.route)),
      );
      if (changed.length)
        failures.push(
          `${row.route} ${label}: refused (${res.status}) but ${changed.join(', ')} changed`,
        );
    } else totals['2xx'] += 1;
    return { sum: after, status: res.status };
  }

  const writeRows = () => {
    const byOp = new Map(rows.map((r) => [toOpenApiPath(r.route), r]));
    return openApiOperations(doc)
      .filter((op) => !op.startsWith('GET '))
      .map((op) => {
        const row = byOp.get(op);
        if (!row) throw new Error(`no authorization row for ${op}`);
        return { op, row };
      });
  };

  function schemaFields(op: string): string[] {
    const [method, path] = op.split(' ');
    const ref =
      doc.paths[path]?.[method.toLowerCase()]?.requestBody?.content['application/json']?.schema
        ?.$ref;
    const schema = ref ? doc.components.schemas[ref.split('/').pop() as string] : undefined;
    return Object.keys(schema?.properties ?? {});
  }

  it('should answer every write endpoint 4xx (never 5xx) to hostile JSON, and change nothing when it refuses', async () => {
    for (const { op, row } of writeRows()) {
      if (isMultipart(doc, op)) continue;
      let valid: Target;
      try {
        valid = (await row.target?.()) ?? {};
      } catch (e) {
        failures.push(`${op}: no valid target (${(e as Error).message})`);
        continue;
      }
      const params = Object.keys(valid.params ?? {});
      let before = await checksum();
      await fc.assert(
        fc.asyncProperty(mutations(valid.body, params, schemaFields(op)), async (m) => {
          const target: Target = {
            params: m.kind === 'param' ? { ...valid.params, [m.name]: m.value } : valid.params,
            query: m.kind === 'query' ? { ...valid.query, [m.name]: m.value } : valid.query,
            body:
              m.kind === 'param' || m.kind === 'query' ? valid.body : applyMutation(valid.body, m),
          };
          before = (await send(row, target, JSON.stringify(m).slice(0, 100), before)).sum;
        }),
        { numRuns: RUNS, seed: Number(process.env['FUZZ_SEED'] ?? 20241129) },
      );
    }
    expect(failures).toEqual([]);
    expect(totals['5xx']).toBe(0);
  }, 600_000);

  it('should refuse wrong types, renamed executables, oversize files and zip bombs on every upload', async () => {
    const files = hostileFiles();
    const uploads = writeRows().filter(({ op }) => isMultipart(doc, op));
    expect(uploads.length).toBeGreaterThanOrEqual(4);
    for (const { op, row } of uploads) {
      const valid = (await row.target?.()) ?? {};
      let before = await checksum();
      for (const file of files) {
        const target = {
          ...valid,
          file: { ...valid.file, name: file.name, content: file.content },
        };
        const res = await send(row, target, file.label, before);
        before = res.sum;
        if (res.status < 400) failures.push(`${op} ${file.label}: accepted (${res.status})`);
      }
      const none = { ...valid, file: undefined, body: {} };
      const res = await send(row, none, 'no file', before);
      before = res.sum;
      if (res.status < 400) failures.push(`${op} no file: accepted (${res.status})`);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('should take NFC and NFD spellings of a Vietnamese name as one name: stored, searched, duplicate', async () => {
    const name = `Phường Lào Cai ${uniqueName('')}`;
    const nfc = name.normalize('NFC');
    const nfd = name.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const first = await f.api('admin', 'post', '/units', {
      code: uniqueName('NFC').toUpperCase(),
      name: nfc,
    });
    const second = await f.api('admin', 'post', '/units', {
      code: uniqueName('NFD').toUpperCase(),
      name: nfd,
    });
    expect(second.name).toBe(nfc);
    const [stored] = await t.dataSource.query(`SELECT name FROM units WHERE id = $1`, [second.id]);
    expect(stored.name).toBe(first.name);
    for (const q of [nfc, nfd, nfd.toLowerCase(), 'phuong lao cai']) {
      const res = await t.http
        .get('/api/v1/units')
        .set(a.headers('viewer'))
        .query({ q, pageSize: 200 });
      const ids = res.body.items.map((u: { id: string }) => u.id);
      expect({ q, found: [first.id, second.id].every((id) => ids.includes(id)) }).toEqual({
        q,
        found: true,
      });
    }
    const bloc = `Cụm thi đua Lào Cai ${uniqueName('')}`;
    await f.api('admin', 'post', '/blocs', { name: bloc.normalize('NFC'), kind: 'cum' });
    const dup = await t.http
      .post('/api/v1/blocs')
      .set(a.headers('admin'))
      .send({ name: bloc.normalize('NFD'), kind: 'cum' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('blocs.nameTaken');
  });
});

function isMultipart(doc: OpenApiDoc, op: string): boolean {
  const [method, path] = op.split(' ');
  return !!doc.paths[path]?.[method.toLowerCase()]?.requestBody?.content['multipart/form-data'];
}
