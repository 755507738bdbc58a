/** Advisories, their validation, and the match of installed versions against them. */
import semver from 'semver';

import type { InstalledPackage } from './lockfile';

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Advisory {
  /** GHSA id (or the source's own id when it has none). */
  id: string;
  package: string;
  severity: Severity;
  title: string;
  /** The affected versions as a node-semver range, e.g. `<6.0.6 || >=7.0.0 <7.0.5`. */
  vulnerable: string;
  url: string;
}

export interface Finding {
  advisory: Advisory;
  installed: InstalledPackage;
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Throws with the record and the field when an advisory is not usable. */
export function validateAdvisory(value: unknown, where: string): Advisory {
  const record = (value ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ['id', 'package', 'title', 'vulnerable', 'url'] as const) {
    if (typeof record[field] !== 'string' || (record[field] as string).trim() === '') {
      problems.push(`"${field}" must be a non-empty string`);
    }
  }
  if (!isSeverity(record['severity'])) {
    problems.push(`"severity" must be one of ${SEVERITIES.join(', ')}`);
  }
  if (typeof record['vulnerable'] === 'string' && !semver.validRange(record['vulnerable'])) {
    problems.push(`"vulnerable" is not a semver range: ${record['vulnerable']}`);
  }
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
  return record as unknown as Advisory;
}

/** Whether an installed version lies in an advisory's range (pre-releases included, as npm does). */
export function isAffected(version: string, vulnerable: string): boolean {
  return semver.satisfies(version, vulnerable, { includePrerelease: true, loose: true });
}

/** Every (advisory, installed package) pair where the installed version is affected. */
export function findVulnerable(packages: InstalledPackage[], advisories: Advisory[]): Finding[] {
  const byName = new Map<string, Advisory[]>();
  for (const advisory of advisories) {
    const list = byName.get(advisory.package) ?? [];
    list.push(advisory);
    byName.set(advisory.package, list);
  }
  const findings: Finding[] = [];
  for (const installed of packages) {
    for (const advisory of byName.get(installed.name) ?? []) {
      if (isAffected(installed.version, advisory.vulnerable))
        findings.push({ advisory, installed });
    }
  }
  return findings.sort(
    (a, b) =>
      severityRank(b.advisory.severity) - severityRank(a.advisory.severity) ||
      a.installed.name.localeCompare(b.installed.name) ||
      a.advisory.id.localeCompare(b.advisory.id),
  );
}
