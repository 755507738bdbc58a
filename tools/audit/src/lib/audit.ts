/**
 * The dependency audit: production packages of package-lock.json against advisories, failing on
 * those at or above a severity (high by default) that the allowlist does not hold.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

import {
  type Advisory,
  findVulnerable,
  type Finding,
  type Severity,
  severityRank,
  SEVERITIES,
} from './advisories';
import { type AllowEntry, applyAllowlist } from './allowlist';
import { type PackageLock, productionPackages } from './lockfile';
import {
  type FetchLike,
  fetchRegistryAdvisories,
  readOsvDirectory,
  readSnapshot,
  writeSnapshot,
} from './sources';

export interface AuditOptions {
  lockFile: string;
  snapshotFile: string;
  allowlist: AllowEntry[];
  /** Findings at or above this severity fail the audit. */
  level: Severity;
  registry: string;
  /** Read advisories from this OSV directory instead of the registry. */
  osvDir?: string;
  /** Do not ask the registry; use the snapshot. */
  offline?: boolean;
  /** Fail when the registry cannot answer instead of using the snapshot. */
  requireLive?: boolean;
  /** Rewrite the snapshot from the OSV directory (needs osvDir). */
  writeSnapshot?: boolean;
  /** yyyy-MM-dd */
  today: string;
  /** A snapshot older than this many days is reported as stale. */
  staleAfterDays?: number;
  fetchImpl?: FetchLike;
}

export interface AuditResult {
  /** 0: passed; 1: blocking findings or expired allowlist entries; 2: could not audit. */
  exitCode: 0 | 1 | 2;
  source?: string;
  packages: number;
  advisories: number;
  findings: Finding[];
  blocking: Finding[];
  lines: string[];
}

export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const lines: string[] = [];
  const lock = JSON.parse(readFileSync(options.lockFile, 'utf8')) as PackageLock;
  const packages = productionPackages(lock);
  const names = new Set(packages.map((p) => p.name)).size;

  let source: string;
  let advisories: Advisory[];
  if (options.writeSnapshot && !options.osvDir) {
    return failed(2, lines, packages.length, '--write-snapshot needs --osv <directory>');
  }
  if (options.osvDir) {
    advisories = readOsvDirectory(options.osvDir);
    source = `OSV records in ${options.osvDir}`;
    if (options.writeSnapshot) {
      const snapshot = writeSnapshot(
        options.snapshotFile,
        advisories,
        packages,
        `OSV export (npm), production package names of this project`,
        options.today,
      );
      lines.push(
        `Wrote ${snapshot.advisories.length} advisories for ${names} package names to ${options.snapshotFile}.`,
      );
    }
  } else {
    const answer = options.offline
      ? ({ kind: 'unavailable', reason: '--offline' } as const)
      : await fetchRegistryAdvisories(options.registry, packages, options.fetchImpl);
    if (answer.kind === 'advisories') {
      advisories = answer.advisories;
      source = `the registry's advisory service (${options.registry})`;
    } else if (options.requireLive) {
      return failed(2, lines, packages.length, `No live advisories: ${answer.reason}.`);
    } else {
      const snapshot = readSnapshot(options.snapshotFile);
      advisories = snapshot.advisories;
      source = `the snapshot ${relative(process.cwd(), options.snapshotFile)} (${snapshot.source}, assembled ${snapshot.assembled})`;
      lines.push(`Live advisories unavailable (${answer.reason}); using the committed snapshot.`);
      const age = daysBetween(snapshot.assembled, options.today);
      if (age > (options.staleAfterDays ?? 90)) {
        lines.push(
          `Warning: the snapshot is ${age} days old; refresh it (docs/security.md, "Dependency audit").`,
        );
      }
    }
  }

  const findings = findVulnerable(packages, advisories);
  const atLevel = findings.filter(
    (f) => severityRank(f.advisory.severity) >= severityRank(options.level),
  );
  const outcome = applyAllowlist(atLevel, options.allowlist, options.today);

  lines.push(
    `Checked ${packages.length} production packages (${names} names) against ${advisories.length} advisories from ${source}.`,
  );
  lines.push(`Findings: ${countBySeverity(findings)}; failing at ${options.level} and above.`);
  for (const finding of findings) {
    const allowed = outcome.allowed.find((a) => a.finding === finding);
    const mark = outcome.blocking.includes(finding) ? 'FAIL' : allowed ? 'allowed' : 'info';
    lines.push(
      `  [${mark}] ${describe(finding)}${allowed ? ` (until ${allowed.entry.expires}: ${allowed.entry.reason})` : ''}`,
    );
  }
  for (const entry of outcome.expired) {
    lines.push(
      `  [FAIL] allowlist entry ${entry.id} for ${entry.package} expired on ${entry.expires}`,
    );
  }
  const exitCode = outcome.blocking.length || outcome.expired.length ? 1 : 0;
  const failures = [
    plural(
      outcome.blocking.length,
      `finding at ${options.level} or above`,
      `findings at ${options.level} or above`,
    ),
    outcome.expired.length
      ? plural(outcome.expired.length, 'expired allowlist entry', 'expired allowlist entries')
      : '',
  ].filter(Boolean);
  lines.push(
    exitCode
      ? `Dependency audit failed: ${failures.join(', ')}.`
      : `Dependency audit passed: no advisory of severity ${options.level} or above affects a production package.`,
  );

  return {
    exitCode,
    source,
    packages: packages.length,
    advisories: advisories.length,
    findings,
    blocking: outcome.blocking,
    lines,
  };
}

function failed(exitCode: 2, lines: string[], packages: number, message: string): AuditResult {
  lines.push(message);
  return { exitCode, packages, advisories: 0, findings: [], blocking: [], lines };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function describe({ advisory, installed }: Finding): string {
  return `${advisory.severity} ${installed.name}@${installed.version} ${advisory.id} (${advisory.vulnerable}): ${advisory.title} ${advisory.url} — ${installed.paths[0]}`;
}

function countBySeverity(findings: Finding[]): string {
  return [...SEVERITIES]
    .reverse()
    .map((s) => `${findings.filter((f) => f.advisory.severity === s).length} ${s}`)
    .join(', ');
}

function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
