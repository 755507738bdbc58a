/**
 * `npm run audit:deps [-- options]`: the production dependencies of package-lock.json against known
 * advisories; exits 1 on any at --level (high) or above that tools/audit/allowlist.json does not hold.
 *
 *   --level <low|moderate|high|critical>  the severity that fails (default high)
 *   --offline                             use the committed snapshot without asking the registry
 *   --require-live                        fail (exit 2) when the registry has no advisory service
 *   --osv <dir>                           read OSV records (an unzipped osv.dev npm/all.zip) instead
 *   --write-snapshot                      with --osv: rewrite tools/audit/advisories.json
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { isSeverity, type Severity } from './lib/advisories';
import { readAllowlist } from './lib/allowlist';
import { runAudit } from './lib/audit';

const root = join(__dirname, '../../..');
const here = join(root, 'tools/audit');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const known = ['--level', '--offline', '--require-live', '--osv', '--write-snapshot'];
  const unknown = args.filter(
    (a, i) =>
      a.startsWith('--') && !known.includes(a) && !['--level', '--osv'].includes(args[i - 1]),
  );
  const level = value('--level') ?? 'high';
  if (unknown.length || !isSeverity(level) || (flag('--osv') && !value('--osv'))) {
    console.error(
      `Usage: npm run audit:deps -- [--level low|moderate|high|critical] [--offline] [--require-live] [--osv <dir> [--write-snapshot]]`,
    );
    return 2;
  }
  const allowlistFile = join(here, 'allowlist.json');
  const result = await runAudit({
    lockFile: join(root, 'package-lock.json'),
    snapshotFile: join(here, 'advisories.json'),
    allowlist: existsSync(allowlistFile) ? readAllowlist(allowlistFile) : [],
    level: level as Severity,
    registry: process.env['npm_config_registry'] || 'https://registry.npmjs.org/',
    osvDir: value('--osv'),
    offline: flag('--offline'),
    requireLive: flag('--require-live'),
    writeSnapshot: flag('--write-snapshot'),
    today: new Date().toISOString().slice(0, 10),
  });
  for (const line of result.lines) console.log(line);
  return result.exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Dependency audit could not run: ${error.message}`);
    process.exit(2);
  },
);
