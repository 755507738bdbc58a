import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

function cli(...args: string[]) {
  return spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'tools/audit/src/main.ts', ...args],
    {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: 'tools/tsconfig.tools.json' },
      encoding: 'utf8',
    },
  );
}

describe('npm run audit:deps', () => {
  it('should audit this project offline against the committed snapshot and pass', () => {
    const run = cli('--offline');
    expect(run.stdout).toMatch(
      /Checked \d+ production packages \(\d+ names\) against \d+ advisories from the snapshot/,
    );
    expect(run.stdout).toContain('Dependency audit passed');
    expect(run.status).toBe(0);
  }, 60_000);

  it('should print the usage and exit 2 on an unknown option or level', () => {
    for (const args of [['--frobnicate'], ['--level', 'severe'], ['--osv']]) {
      const run = cli(...args);
      expect(run.stderr).toContain('Usage: npm run audit:deps');
      expect(run.status).toBe(2);
    }
  }, 60_000);
});
