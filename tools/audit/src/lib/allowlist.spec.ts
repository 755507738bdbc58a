import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { findVulnerable } from './advisories';
import { applyAllowlist, readAllowlist, validateAllowEntry } from './allowlist';
import { advisory, tempDir } from './testing/fixtures';

const entry = {
  id: 'GHSA-3xgq-45jj-v275',
  package: 'cross-spawn',
  reason: 'Only spawns fixed commands; upgrade waits on upstream',
  expires: '2026-12-31',
};
const findings = findVulnerable(
  [{ name: 'cross-spawn', version: '7.0.3', paths: ['node_modules/cross-spawn'] }],
  [advisory()],
);

describe('applyAllowlist', () => {
  it('should hold a finding until the end of its expiry day', () => {
    expect(applyAllowlist(findings, [entry], '2026-12-31')).toMatchObject({
      blocking: [],
      allowed: [{ entry }],
      expired: [],
    });
  });

  it('should let the finding block again and report the entry once expired', () => {
    const outcome = applyAllowlist(findings, [entry], '2027-01-01');
    expect(outcome.blocking).toEqual(findings);
    expect(outcome.expired).toEqual([entry]);
  });

  it('should match on both the advisory and the package', () => {
    const outcome = applyAllowlist(findings, [{ ...entry, package: 'other' }], '2026-12-01');
    expect(outcome.blocking).toEqual(findings);
  });
});

describe('readAllowlist', () => {
  it('should read a valid file and name the fields of a bad entry', () => {
    const dir = tempDir();
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify([entry]));
    expect(readAllowlist(good)).toEqual([entry]);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ ...entry, reason: ' ', expires: '2026-02-30' }]));
    expect(() => readAllowlist(bad)).toThrow(
      `${bad}[0]: "reason" must be a non-empty string; "expires" must be a date yyyy-MM-dd`,
    );
    writeFileSync(bad, '{');
    expect(() => readAllowlist(bad)).toThrow(bad);
    writeFileSync(bad, '{}');
    expect(() => readAllowlist(bad)).toThrow('must be a list of entries');
  });

  it('should refuse an entry without an expiry', () => {
    expect(() => validateAllowEntry({ ...entry, expires: undefined }, 'e')).toThrow(
      'e: "expires" must be a date yyyy-MM-dd',
    );
  });
});
