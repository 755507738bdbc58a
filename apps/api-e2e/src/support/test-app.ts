import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { Response as AgentResponse } from 'superagent';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { AppModule, configureApp, readAppConfig, seedDemoData } from '../../../api/src/public-api';

export const DEMO_PASSWORD = 'ThiDua@2024';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Boots the real API (migrations run at start) with the demo data loaded; `webDistDir` and
 * `voteDistDir` serve a built staff app and light voting app from there (none by default).
 */
export async function createTestApp(
  options: { webDistDir?: string; voteDistDir?: string } = {},
): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: process.env['TEST_VERBOSE'] ? ['error', 'warn'] : false,
  });
  configureApp(app, {
    ...readAppConfig(),
    webDistDir: options.webDistDir ?? '/nonexistent',
    voteDistDir: options.voteDistDir ?? '/nonexistent',
  });
  await app.init();
  const dataSource = app.get(DataSource);
  await seedDemoData(dataSource);
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    close: () => app.close(),
  };
}

/** Signs in and answers the bearer token. */
export async function login(
  http: TestAgent,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const res = await http.post('/api/v1/auth/login').send({ username, password });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { accessToken: string }).accessToken;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface NewUser {
  username: string;
  fullName: string;
  role: string;
  unitId?: string;
}

/**
 * Creates a user as the admin and makes its first-password change, as a new account must before
 * anything else; answers its id and a signed-in token. It signs in with `password` afterwards.
 */
export async function createReadyUser(
  http: TestAgent,
  adminToken: string,
  user: NewUser,
  password = DEMO_PASSWORD,
): Promise<{ id: string; token: string }> {
  const initial = 'KhoiTao@2024';
  const created = await http
    .post('/api/v1/users')
    .set(bearer(adminToken))
    .send({ ...user, password: initial });
  if (created.status !== 201)
    throw new Error(`user ${user.username}: ${created.status} ${JSON.stringify(created.body)}`);
  const token = await login(http, user.username, initial);
  const changed = await http
    .post('/api/v1/auth/password')
    .set(bearer(token))
    .send({ currentPassword: initial, newPassword: password });
  if (changed.status !== 204)
    throw new Error(
      `password of ${user.username}: ${changed.status} ${JSON.stringify(changed.body)}`,
    );
  return { id: (created.body as { id: string }).id, token };
}

let counter = 0;
/** A username no other test uses. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`.toLowerCase().slice(0, 40);
}

/** The id of a demo unit by its code, or of a demo bloc by its name. */
export async function unitId(t: TestApp, code: string): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT id FROM units WHERE code = $1`, [code]);
  return row.id;
}

export async function blocId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT id FROM blocs WHERE name = $1`, [name]);
  return row.id;
}

export const PARTY_BLOC = 'Khối thi đua các cơ quan Tỉnh ủy';

/** A supertest parser that keeps a binary body (PDF, DOCX, XLSX) as bytes. */
export function binaryParser(
  res: AgentResponse,
  done: (err: Error | null, body: Buffer) => void,
): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The version a record has now: what a page that has just read it sends with a change. */
export async function versionOf(
  t: TestApp,
  table: 'ballots' | 'meetings' | 'award_lists' | 'award_types',
  id: string,
): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return row.version;
}

/** The version of a bloc's year (members, head and deputy; 0 before its first change). */
export async function yearVersion(t: TestApp, bloc: string, year: number): Promise<number> {
  const [row] = await t.dataSource.query(
    `SELECT version FROM bloc_leaderships WHERE bloc_id = $1 AND term_year = $2`,
    [bloc, year],
  );
  return row?.version ?? 0;
}

/** The bloc's 2024 members, head and deputy carried into `year` (idempotent). */
export async function carryYear(t: TestApp, bloc: string, year: number): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order, joined_on)
     SELECT bloc_id, unit_id, $2::smallint, rotation_order, make_date($2::int, 1, 1) FROM bloc_memberships
      WHERE bloc_id = $1 AND term_year = 2024 ON CONFLICT DO NOTHING`,
    [bloc, year],
  );
  await t.dataSource.query(
    `INSERT INTO bloc_leaderships (bloc_id, term_year, head_unit_id, deputy_unit_id)
     SELECT bloc_id, $2::smallint, head_unit_id, deputy_unit_id FROM bloc_leaderships
      WHERE bloc_id = $1 AND term_year = 2024 ON CONFLICT DO NOTHING`,
    [bloc, year],
  );
}
