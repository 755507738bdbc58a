/**
 * Advisories the project has looked at and accepted for a while: each entry names the advisory and
 * the package, says why, and ends on a date, after which the audit fails again.
 */
import { readFileSync } from 'node:fs';

import type { Finding } from './advisories';

export interface AllowEntry {
  id: string;
  package: string;
  reason: string;
  /** yyyy-MM-dd, last day the entry holds. */
  expires: string;
}

export interface AllowlistOutcome {
  blocking: Finding[];
  allowed: { finding: Finding; entry: AllowEntry }[];
  expired: AllowEntry[];
}

export function readAllowlist(file: string): AllowEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: must be a list of entries`);
  return data.map((entry, i) => validateAllowEntry(entry, `${file}[${i}]`));
}

export function validateAllowEntry(value: unknown, where: string): AllowEntry {
  const entry = (value ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ['id', 'package', 'reason'] as const) {
    if (typeof entry[field] !== 'string' || (entry[field] as string).trim() === '') {
      problems.push(`"${field}" must be a non-empty string`);
    }
  }
  const expires = entry['expires'];
  if (typeof expires !== 'string' || !isCalendarDate(expires)) {
    problems.push('"expires" must be a date yyyy-MM-dd');
  }
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
  return entry as unknown as AllowEntry;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Splits the findings at or above the threshold into blocking and allowed; `today` is yyyy-MM-dd. */
export function applyAllowlist(
  findings: Finding[],
  entries: AllowEntry[],
  today: string,
): AllowlistOutcome {
  const expired = entries.filter((e) => e.expires < today);
  const live = entries.filter((e) => e.expires >= today);
  const outcome: AllowlistOutcome = { blocking: [], allowed: [], expired };
  for (const finding of findings) {
    const entry = live.find(
      (e) => e.id === finding.advisory.id && e.package === finding.installed.name,
    );
    if (entry) outcome.allowed.push({ finding, entry });
    else outcome.blocking.push(finding);
  }
  return outcome;
}
