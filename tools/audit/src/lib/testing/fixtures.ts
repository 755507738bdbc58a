import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Advisory } from '../advisories';
import type { PackageLock } from '../lockfile';

export function advisory(overrides: Partial<Advisory> = {}): Advisory {
  return {
    id: 'GHSA-3xgq-45jj-v275',
    package: 'cross-spawn',
    severity: 'high',
    title: 'Regular Expression Denial of Service (ReDoS) in cross-spawn',
    vulnerable: '<6.0.6 || >=7.0.0 <7.0.5',
    url: 'https://github.com/advisories/GHSA-3xgq-45jj-v275',
    ...overrides,
  };
}

/** A lock with one production package (`cross-spawn`) and one development package (`minimist`). */
export function lock(crossSpawn = '7.0.3', minimist = '1.2.5'): PackageLock {
  return {
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', version: '1.0.0' },
      'node_modules/cross-spawn': { version: crossSpawn },
      'node_modules/minimist': { version: minimist, dev: true },
    },
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'thidua-audit-'));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}
