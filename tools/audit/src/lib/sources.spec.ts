import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import {
  eventsToRanges,
  fetchRegistryAdvisories,
  osvToAdvisories,
  readOsvDirectory,
  readSnapshot,
  registryToAdvisories,
  writeSnapshot,
} from './sources';
import { advisory, tempDir, writeJson } from './testing/fixtures';

const installed = [{ name: 'cross-spawn', version: '7.0.3', paths: ['node_modules/cross-spawn'] }];

describe('fetchRegistryAdvisories (against a local HTTP server)', () => {
  let server: Server;
  let registry: string;
  let reply: { status: number; body: string };
  let received: { method?: string; url?: string; body: string }[];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ method: req.method, url: req.url, body });
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  beforeEach(() => (received = []));
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('should post the names and versions as npm audit does and read the advisories back', async () => {
    reply = {
      status: 200,
      body: JSON.stringify({
        'cross-spawn': [
          {
            id: 1104663,
            url: 'https://github.com/advisories/GHSA-3xgq-45jj-v275',
            title: 'Regular Expression Denial of Service (ReDoS) in cross-spawn',
            severity: 'high',
            vulnerable_versions: '>=7.0.0 <7.0.5',
          },
        ],
      }),
    };
    const answer = await fetchRegistryAdvisories(registry, installed);
    expect(received).toEqual([
      {
        method: 'POST',
        url: '/-/npm/v1/security/advisories/bulk',
        body: JSON.stringify({ 'cross-spawn': ['7.0.3'] }),
      },
    ]);
    expect(answer).toEqual({
      kind: 'advisories',
      advisories: [advisory({ vulnerable: '>=7.0.0 <7.0.5' })],
    });
  });

  it('should report a registry without the endpoint as unavailable, with the status', async () => {
    for (const status of [404, 405, 501]) {
      reply = { status, body: '{}' };
      expect(await fetchRegistryAdvisories(registry, installed)).toEqual({
        kind: 'unavailable',
        reason: `POST ${registry}-/npm/v1/security/advisories/bulk answered ${status}`,
      });
    }
  });

  it('should throw on a server error rather than pass silently', async () => {
    reply = { status: 500, body: 'boom' };
    await expect(fetchRegistryAdvisories(registry, installed)).rejects.toThrow(
      /answered 500: boom/,
    );
  });

  it('should report an unreachable registry as unavailable', async () => {
    const answer = await fetchRegistryAdvisories('http://127.0.0.1:9/', installed);
    expect(answer).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('failed'),
    });
  });
});

describe('registryToAdvisories', () => {
  it('should refuse an answer that is not an object of lists', () => {
    expect(() => registryToAdvisories([])).toThrow(/object of advisories/);
    expect(() => registryToAdvisories({ a: 'x' })).toThrow('advisories of a are not a list');
    expect(() => registryToAdvisories({ a: [{ id: 1, severity: 'high' }] })).toThrow(
      /registry advisory 1 of a: "title" must be .*"url" must be/,
    );
  });
});

describe('OSV records', () => {
  it('should turn introduced / fixed / last_affected events into ranges', () => {
    expect(eventsToRanges([{ introduced: '0' }, { fixed: '6.0.6' }])).toEqual(['<6.0.6']);
    expect(
      eventsToRanges([{ introduced: '7.0.0' }, { fixed: '7.0.5' }, { introduced: '8.0.0' }]),
    ).toEqual(['>=7.0.0 <7.0.5', '>=8.0.0']);
    expect(eventsToRanges([{ introduced: '1.0.0' }, { last_affected: '1.1.11' }])).toEqual([
      '>=1.0.0 <=1.1.11',
    ]);
    expect(eventsToRanges([{ introduced: '0' }])).toEqual(['*']);
  });

  const record = {
    id: 'GHSA-3xgq-45jj-v275',
    summary: 'Regular Expression Denial of Service (ReDoS) in cross-spawn',
    database_specific: { severity: 'HIGH' },
    references: [
      { type: 'WEB', url: 'https://example.org' },
      { type: 'ADVISORY', url: 'https://github.com/advisories/GHSA-3xgq-45jj-v275' },
    ],
    affected: [
      {
        package: { ecosystem: 'npm', name: 'cross-spawn' },
        ranges: [
          { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '6.0.6' }] },
          { type: 'SEMVER', events: [{ introduced: '7.0.0' }, { fixed: '7.0.5' }] },
          { type: 'GIT', events: [{ introduced: 'abc' }] },
        ],
      },
      { package: { ecosystem: 'PyPI', name: 'cross-spawn' }, versions: ['1.0.0'] },
    ],
  };

  it('should read the npm packages of a record, its severity and advisory link', () => {
    expect(osvToAdvisories(record, 'r.json')).toEqual([advisory()]);
  });

  it('should skip withdrawn records, rate malicious packages critical and MEDIUM as moderate', () => {
    expect(osvToAdvisories({ ...record, withdrawn: '2025-01-01T00:00:00Z' }, 'w')).toEqual([]);
    const malware = osvToAdvisories(
      {
        id: 'MAL-2025-1',
        details: 'Malicious code in evil-pkg\nmore',
        affected: [{ package: { ecosystem: 'npm', name: 'evil-pkg' }, versions: ['1.0.1', 'x'] }],
      },
      'm',
    );
    expect(malware).toEqual([
      {
        id: 'MAL-2025-1',
        package: 'evil-pkg',
        severity: 'critical',
        title: 'Malicious code in evil-pkg',
        vulnerable: '=1.0.1',
        url: 'https://osv.dev/vulnerability/MAL-2025-1',
      },
    ]);
    const medium = osvToAdvisories({ ...record, database_specific: { severity: 'MEDIUM' } }, 'x');
    expect(medium[0].severity).toBe('moderate');
    expect(() => osvToAdvisories({}, 'empty.json')).toThrow(
      'empty.json: an OSV record needs an "id"',
    );
  });

  it('should read every record under a directory', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'nested'));
    writeJson(dir, 'a.json', record);
    writeJson(join(dir, 'nested'), 'b.json', {
      ...record,
      id: 'GHSA-2',
      affected: [record.affected[0]],
    });
    writeJson(dir, 'ignored.txt', 'not a record');
    expect(
      readOsvDirectory(dir)
        .map((a) => a.id)
        .sort(),
    ).toEqual(['GHSA-2', 'GHSA-3xgq-45jj-v275']);
  });
});

describe('snapshots', () => {
  it('should write only the advisories of installed names, sorted, and read them back', () => {
    const dir = tempDir();
    const file = join(dir, 'advisories.json');
    const written = writeSnapshot(
      file,
      [advisory({ id: 'GHSA-b' }), advisory({ package: 'left-pad' }), advisory({ id: 'GHSA-a' })],
      installed,
      'test',
      '2026-11-29',
    );
    expect(written.advisories.map((a) => a.id)).toEqual(['GHSA-a', 'GHSA-b']);
    expect(readSnapshot(file)).toEqual({ ...written, note: undefined });
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('should say what is wrong with a bad snapshot', () => {
    const dir = tempDir();
    expect(() => readSnapshot(writeJson(dir, 's1.json', { advisories: [] }))).toThrow(
      /needs "source" and "assembled"/,
    );
    expect(() =>
      readSnapshot(
        writeJson(dir, 's2.json', { source: 's', assembled: '2026-11-29', advisories: [{}] }),
      ),
    ).toThrow(/advisories\[0\]: "id" must be/);
    expect(() => readSnapshot(join(dir, 'missing.json'))).toThrow(/missing\.json/);
  });

  it('should keep the committed snapshot valid', () => {
    const snapshot = readSnapshot(join(__dirname, '../../advisories.json'));
    expect(snapshot.advisories.length).toBeGreaterThan(0);
    expect(snapshot.advisories.every((a) => a.url.startsWith('https://'))).toBe(true);
  });
});
