import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Advisory } from './advisories';
import { type AuditOptions, runAudit } from './audit';
import type { FetchLike } from './sources';
import { advisory, lock, tempDir, writeJson } from './testing/fixtures';

const unavailable: FetchLike = async () => new Response('', { status: 405 });

function setUp(
  advisories: Advisory[],
  overrides: Partial<AuditOptions> = {},
  crossSpawn = '7.0.3',
) {
  const dir = tempDir();
  const options: AuditOptions = {
    lockFile: writeJson(dir, 'package-lock.json', lock(crossSpawn)),
    snapshotFile: writeJson(dir, 'advisories.json', {
      source: 'test',
      assembled: '2026-11-01',
      advisories,
    }),
    allowlist: [],
    level: 'high',
    registry: 'http://registry.invalid/',
    today: '2026-11-29',
    fetchImpl: unavailable,
    ...overrides,
  };
  return { dir, options };
}

describe('runAudit', () => {
  it('should fail on a high advisory of a production package, naming it', async () => {
    const { options } = setUp([advisory()]);
    const result = await runAudit(options);
    expect(result.exitCode).toBe(1);
    expect(result.blocking.map((f) => f.advisory.id)).toEqual(['GHSA-3xgq-45jj-v275']);
    expect(result.lines).toContain(
      '  [FAIL] high cross-spawn@7.0.3 GHSA-3xgq-45jj-v275 (<6.0.6 || >=7.0.0 <7.0.5): Regular Expression Denial of Service (ReDoS) in cross-spawn https://github.com/advisories/GHSA-3xgq-45jj-v275 — node_modules/cross-spawn',
    );
    expect(result.lines[0]).toMatch(/^Live advisories unavailable \(POST .* answered 405\)/);
    expect(result.lines.at(-1)).toBe('Dependency audit failed: 1 finding at high or above.');
  });

  it('should pass once the package is upgraded past the advisory', async () => {
    const { options } = setUp([advisory()], {}, '7.0.6');
    const result = await runAudit(options);
    expect(result.exitCode).toBe(0);
    expect(result.lines.at(-1)).toBe(
      'Dependency audit passed: no advisory of severity high or above affects a production package.',
    );
  });

  it('should not look at development dependencies', async () => {
    const { options } = setUp([
      advisory({
        id: 'GHSA-xvch-5gv4-984h',
        package: 'minimist',
        severity: 'critical',
        vulnerable: '<1.2.6',
      }),
    ]);
    expect((await runAudit(options)).exitCode).toBe(0);
  });

  it('should report advisories under the level without failing, and fail when the level is lowered', async () => {
    const moderate = [advisory({ severity: 'moderate' })];
    const atHigh = await runAudit(setUp(moderate).options);
    expect(atHigh.exitCode).toBe(0);
    expect(atHigh.lines.some((l) => l.startsWith('  [info] moderate cross-spawn@7.0.3'))).toBe(
      true,
    );
    expect((await runAudit(setUp(moderate, { level: 'moderate' }).options)).exitCode).toBe(1);
  });

  it('should let an allowlist entry hold a finding until it expires', async () => {
    const entry = {
      id: 'GHSA-3xgq-45jj-v275',
      package: 'cross-spawn',
      reason: 'fixed commands only',
      expires: '2026-12-31',
    };
    const held = await runAudit(setUp([advisory()], { allowlist: [entry] }).options);
    expect(held.exitCode).toBe(0);
    expect(held.lines.some((l) => l.includes('[allowed]') && l.includes('until 2026-12-31'))).toBe(
      true,
    );

    const expired = await runAudit(
      setUp([advisory()], { allowlist: [entry], today: '2027-01-01' }).options,
    );
    expect(expired.exitCode).toBe(1);
    expect(expired.lines).toContain(
      '  [FAIL] allowlist entry GHSA-3xgq-45jj-v275 for cross-spawn expired on 2026-12-31',
    );
    expect(expired.lines.at(-1)).toBe(
      'Dependency audit failed: 1 finding at high or above, 1 expired allowlist entry.',
    );
  });

  it('should prefer the registry advisory service over the snapshot when it answers', async () => {
    const live: FetchLike = async () =>
      Response.json({
        'cross-spawn': [
          {
            id: 1,
            url: 'https://github.com/advisories/GHSA-3xgq-45jj-v275',
            title: 'ReDoS',
            severity: 'critical',
            vulnerable_versions: '<7.0.5',
          },
        ],
      });
    const result = await runAudit(setUp([], { fetchImpl: live }).options);
    expect(result.exitCode).toBe(1);
    expect(result.source).toBe("the registry's advisory service (http://registry.invalid/)");
    expect(result.blocking[0].advisory.severity).toBe('critical');
  });

  it('should refuse to fall back to the snapshot when live advisories are required', async () => {
    const result = await runAudit(setUp([advisory()], { requireLive: true }).options);
    expect(result.exitCode).toBe(2);
    expect(result.lines).toEqual([
      'No live advisories: POST http://registry.invalid/-/npm/v1/security/advisories/bulk answered 405.',
    ]);
  });

  it('should warn when the snapshot is stale and not ask the registry when offline', async () => {
    const calls: string[] = [];
    const spy: FetchLike = async (url) => {
      calls.push(url);
      return new Response('', { status: 405 });
    };
    const result = await runAudit(
      setUp([], { offline: true, fetchImpl: spy, today: '2027-03-01' }).options,
    );
    expect(calls).toEqual([]);
    expect(result.lines).toContain(
      'Warning: the snapshot is 120 days old; refresh it (docs/security.md, "Dependency audit").',
    );
  });

  it('should audit an OSV directory and rewrite the snapshot from it', async () => {
    const { dir, options } = setUp([]);
    const osv = join(dir, 'osv');
    mkdirSync(osv);
    writeJson(osv, 'GHSA-3xgq-45jj-v275.json', {
      id: 'GHSA-3xgq-45jj-v275',
      summary: 'ReDoS',
      database_specific: { severity: 'HIGH' },
      affected: [
        {
          package: { ecosystem: 'npm', name: 'cross-spawn' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '7.0.0' }, { fixed: '7.0.5' }] }],
        },
      ],
    });
    writeJson(osv, 'other.json', {
      id: 'GHSA-other',
      affected: [{ package: { ecosystem: 'npm', name: 'not-installed' }, versions: ['1.0.0'] }],
    });
    const result = await runAudit({ ...options, osvDir: osv, writeSnapshot: true });
    expect(result.exitCode).toBe(1);
    const snapshot = JSON.parse(readFileSync(options.snapshotFile, 'utf8'));
    expect(snapshot.assembled).toBe('2026-11-29');
    expect(snapshot.advisories.map((a: Advisory) => a.id)).toEqual(['GHSA-3xgq-45jj-v275']);
  });

  it('should refuse to write a snapshot without an OSV directory', async () => {
    const result = await runAudit({ ...setUp([]).options, writeSnapshot: true });
    expect(result.exitCode).toBe(2);
    expect(result.lines).toEqual(['--write-snapshot needs --osv <directory>']);
  });

  it('should catch a vulnerable version in the project lock with the committed snapshot', async () => {
    const root = join(__dirname, '../../../..');
    const real = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    real.packages['node_modules/cross-spawn'] = { version: '7.0.3' };
    const dir = tempDir();
    const result = await runAudit({
      lockFile: writeJson(dir, 'package-lock.json', real),
      snapshotFile: join(root, 'tools/audit/advisories.json'),
      allowlist: [],
      level: 'high',
      registry: 'http://registry.invalid/',
      offline: true,
      today: '2026-11-29',
    });
    expect(result.exitCode).toBe(1);
    expect(
      result.blocking.map((f) => `${f.installed.name}@${f.installed.version} ${f.advisory.id}`),
    ).toEqual(['cross-spawn@7.0.3 GHSA-3xgq-45jj-v275']);
  });
});
