import type { AddressInfo } from 'node:net';

import type { TestApp } from '../../support/test-app';
import { ACTORS, type Actor, type Actors } from './actors';

/** A concrete request: path parameters, query, JSON body or one uploaded file. */
export interface Target {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  file?: { field?: string; name: string; content: Buffer; fields?: Record<string, string> };
  /** A body sent as it is, with its content type (`multipart` sends `body` as a form field). */
  raw?: { type: string; body: string };
}

/**
 * One endpoint. `expect` lists the status per actor in the order of {@link ACTORS}
 * (`admin sec sec2 unit unit2 viewer anon`); a token is a status (`403`), `2xx`, or alternatives
 * (`200|409` when an allowed call may meet a state an earlier allowed call left, e.g. already open).
 */
export interface MatrixRow {
  /** `METHOD /path/:param` as in the controller, without `/api/v1`. */
  route: string;
  /** Builds a valid target in the "own" scope (party bloc, Ban Tuyên giáo); once unless `fresh`. */
  target?: () => Promise<Target>;
  /** Build a new target before every call expected to succeed (the call changes its state). */
  fresh?: boolean;
  /** The call ends its session (logout): use a fresh session of the actor. */
  freshSession?: boolean;
  /** Server-Sent Events: only the status line is read. */
  stream?: boolean;
  expect: string;
}

export const toOpenApiPath = (route: string) =>
  route.replace(/^(\w+) /, (_, m: string) => `${m} /api/v1`).replace(/:(\w+)/g, '{$1}');

/** The operations of the OpenAPI document as `METHOD /api/v1/path/{param}`. */
export function openApiOperations(doc: { paths: Record<string, Record<string, unknown>> }) {
  const ops: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const method of Object.keys(methods))
      if (['get', 'post', 'put', 'patch', 'delete'].includes(method))
        ops.push(`${method.toUpperCase()} ${path}`);
  return ops;
}

/** Every operation has exactly one row and every row an operation; the messages say which. */
export function coverageProblems(ops: string[], rows: MatrixRow[]): string[] {
  const byOp = new Map<string, number>();
  for (const row of rows) {
    const op = toOpenApiPath(row.route);
    byOp.set(op, (byOp.get(op) ?? 0) + 1);
  }
  const problems = ops
    .filter((op) => !byOp.has(op))
    .map((op) => `no authorization row for ${op.replace(/\{(\w+)\}/g, ':$1')}`);
  for (const [op, n] of byOp) {
    if (!ops.includes(op)) problems.push(`row for ${op} matches no endpoint of the API`);
    if (n > 1) problems.push(`${n} rows for ${op}`);
  }
  return problems;
}

function parseExpect(row: MatrixRow): Record<Actor, string[]> {
  const tokens = row.expect.trim().split(/\s+/);
  if (tokens.length !== ACTORS.length)
    throw new Error(`${row.route}: expect needs ${ACTORS.length} statuses (${ACTORS.join(' ')})`);
  return Object.fromEntries(ACTORS.map((a, i) => [a, tokens[i].split('|')])) as Record<
    Actor,
    string[]
  >;
}

const matches = (status: number, accepted: string[]) =>
  accepted.some((s) => (s === '2xx' ? status >= 200 && status < 300 : Number(s) === status));

/** Denied and anonymous calls first, so that allowed calls change the state last. */
const CALL_ORDER: Actor[] = ['anon', 'viewer', 'unit2', 'unit', 'sec2', 'sec', 'admin'];

export interface CallResult {
  status: number;
  body: unknown;
}

export async function call(
  t: TestApp,
  route: string,
  target: Target,
  headers: Record<string, string>,
  stream = false,
): Promise<CallResult> {
  const [method, template] = route.split(' ');
  const path = `/api/v1${template.replace(/:(\w+)/g, (_, p: string) => {
    const v = target.params?.[p];
    if (v === undefined) throw new Error(`${route}: no value for :${p}`);
    return encodeURIComponent(String(v));
  })}`;
  if (stream) return callStream(t, path, target, headers);
  const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let req = t.http[verb](path).set(headers);
  if (target.query) req = req.query(target.query);
  if (target.raw?.type === 'multipart') {
    req = req.field('body', target.raw.body);
  } else if (target.raw) {
    req = req.set('Content-Type', target.raw.type).send(target.raw.body);
  } else if (target.file) {
    for (const [k, v] of Object.entries(target.file.fields ?? {})) req = req.field(k, v);
    req = req.attach(target.file.field ?? 'file', target.file.content, target.file.name);
  } else if (target.body !== undefined) {
    // Raw JSON, so that numbers, strings and null are sent as bodies too.
    req = req.type('json').send(JSON.stringify(target.body));
  }
  const res = await req;
  return { status: res.status, body: res.body };
}

async function callStream(
  t: TestApp,
  path: string,
  target: Target,
  headers: Record<string, string>,
): Promise<CallResult> {
  const server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const qs = new URLSearchParams(
    Object.entries(target.query ?? {}).map(([k, v]) => [k, String(v)]),
  ).toString();
  const abort = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}${path}${qs ? `?${qs}` : ''}`, {
    headers,
    signal: abort.signal,
  });
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  abort.abort();
  return { status: res.status, body };
}

/** Runs a row as every actor; answers the mismatches as readable lines. */
export async function runRow(t: TestApp, actors: Actors, row: MatrixRow): Promise<string[]> {
  const expected = parseExpect(row);
  const failures: string[] = [];
  let shared: Target | undefined;
  for (const actor of CALL_ORDER) {
    const allowed = expected[actor].some((s) => s.startsWith('2'));
    let target: Target;
    if (row.fresh && allowed) target = (await row.target?.()) ?? {};
    else target = shared ??= (await row.target?.()) ?? {};
    let headers = actors.headers(actor);
    if (row.freshSession) {
      const token = await actors.freshToken(actor);
      headers = token ? { Authorization: `Bearer ${token}` } : {};
    }
    const res = await call(t, row.route, target, headers, row.stream);
    const body = res.body as { code?: string; message?: string; statusCode?: number } | null;
    if (!matches(res.status, expected[actor])) {
      failures.push(
        `${row.route} as ${actor}: expected ${expected[actor].join('|')}, got ${res.status} ${body?.code ?? ''}`,
      );
    } else if (
      res.status >= 400 &&
      (body?.statusCode !== res.status || !body.code || !body.message)
    ) {
      failures.push(`${row.route} as ${actor}: ${res.status} without the error shape`);
    }
  }
  return failures;
}
