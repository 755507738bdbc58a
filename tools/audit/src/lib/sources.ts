/**
 * Where advisories come from: the npm registry's bulk advisory endpoint (what `npm audit` asks),
 * a directory of OSV records (the osv.dev export for npm, for sites without that endpoint), or the
 * snapshot committed beside this tool.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import semver from 'semver';

import { type Advisory, isSeverity, type Severity, validateAdvisory } from './advisories';
import type { InstalledPackage } from './lockfile';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type RegistryAnswer =
  | { kind: 'advisories'; advisories: Advisory[] }
  | { kind: 'unavailable'; reason: string };

/**
 * Asks the registry for the advisories of these exact versions. An endpoint the registry does not
 * have (404, 405, 501) or cannot reach is "unavailable", with the reason; a malformed answer throws.
 */
export async function fetchRegistryAdvisories(
  registry: string,
  packages: InstalledPackage[],
  fetchImpl: FetchLike = fetch,
  timeoutMs = 30_000,
): Promise<RegistryAnswer> {
  const body: Record<string, string[]> = {};
  for (const { name, version } of packages) (body[name] ??= []).push(version);
  const url = `${registry.replace(/\/+$/, '')}/-/npm/v1/security/advisories/bulk`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { kind: 'unavailable', reason: `POST ${url} failed: ${(error as Error).message}` };
  }
  if ([404, 405, 501].includes(response.status)) {
    return { kind: 'unavailable', reason: `POST ${url} answered ${response.status}` };
  }
  if (!response.ok) {
    throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  }
  return { kind: 'advisories', advisories: registryToAdvisories(await response.json()) };
}

interface RegistryAdvisory {
  id?: number | string;
  url?: string;
  title?: string;
  severity?: string;
  vulnerable_versions?: string;
}

/** The bulk endpoint's `{ name: [{ id, url, title, severity, vulnerable_versions }] }`. */
export function registryToAdvisories(answer: unknown): Advisory[] {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) {
    throw new Error('the registry answered something other than an object of advisories');
  }
  const advisories: Advisory[] = [];
  for (const [name, list] of Object.entries(answer as Record<string, RegistryAdvisory[]>)) {
    if (!Array.isArray(list))
      throw new Error(`the registry's advisories of ${name} are not a list`);
    for (const item of list) {
      const url = item.url ?? '';
      const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(url)?.[0];
      advisories.push(
        validateAdvisory(
          {
            id: ghsa ?? String(item.id ?? ''),
            package: name,
            severity: item.severity,
            title: item.title,
            vulnerable: item.vulnerable_versions,
            url,
          },
          `registry advisory ${item.id} of ${name}`,
        ),
      );
    }
  }
  return advisories;
}

interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

interface OsvRecord {
  id?: string;
  summary?: string;
  details?: string;
  withdrawn?: string;
  affected?: {
    package?: { ecosystem?: string; name?: string };
    ranges?: { type?: string; events?: OsvEvent[] }[];
    versions?: string[];
  }[];
  database_specific?: { severity?: string };
  references?: { type?: string; url?: string }[];
}

/** The npm advisories of one OSV record (https://ossf.github.io/osv-schema/); none when withdrawn. */
export function osvToAdvisories(record: OsvRecord, where: string): Advisory[] {
  if (!record.id) throw new Error(`${where}: an OSV record needs an "id"`);
  if (record.withdrawn) return [];
  const url =
    record.references?.find((r) => r.type === 'ADVISORY' && r.url)?.url ??
    `https://osv.dev/vulnerability/${record.id}`;
  const title = record.summary || record.details?.split('\n')[0] || record.id;
  const severity = osvSeverity(record);
  const advisories: Advisory[] = [];
  for (const affected of record.affected ?? []) {
    const name = affected.package?.name;
    if (affected.package?.ecosystem !== 'npm' || !name) continue;
    const parts = (affected.ranges ?? [])
      .filter((range) => range.type === 'SEMVER' || range.type === 'ECOSYSTEM')
      .flatMap((range) => eventsToRanges(range.events ?? []));
    parts.push(...(affected.versions ?? []).filter((v) => semver.valid(v)).map((v) => `=${v}`));
    if (!parts.length) continue;
    advisories.push(
      validateAdvisory(
        { id: record.id, package: name, severity, title, vulnerable: parts.join(' || '), url },
        `${where} (${name})`,
      ),
    );
  }
  return advisories;
}

function osvSeverity(record: OsvRecord): Severity {
  if (record.id?.startsWith('MAL-')) return 'critical';
  const given = record.database_specific?.severity?.toLowerCase();
  if (given === 'medium') return 'moderate';
  return isSeverity(given) ? given : 'moderate';
}

/** OSV events (introduced / fixed / last_affected, in order) as node-semver ranges. */
export function eventsToRanges(events: OsvEvent[]): string[] {
  const ranges: string[] = [];
  let introduced: string | undefined;
  const lower = (v: string) => (v === '0' ? '' : `>=${v} `);
  for (const event of events) {
    if (event.introduced !== undefined) {
      introduced = event.introduced;
    } else if (event.fixed !== undefined && introduced !== undefined) {
      ranges.push(`${lower(introduced)}<${event.fixed}`);
      introduced = undefined;
    } else if (event.last_affected !== undefined && introduced !== undefined) {
      ranges.push(`${lower(introduced)}<=${event.last_affected}`);
      introduced = undefined;
    }
  }
  if (introduced !== undefined) ranges.push(introduced === '0' ? '*' : `>=${introduced}`);
  return ranges.map((r) => r.trim());
}

/** Every `*.json` OSV record under a directory (an unzipped osv.dev `npm/all.zip`, say). */
export function readOsvDirectory(dir: string): Advisory[] {
  const advisories: Advisory[] = [];
  const visit = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) visit(full);
      else if (entry.endsWith('.json')) {
        advisories.push(...osvToAdvisories(JSON.parse(readFileSync(full, 'utf8')), full));
      }
    }
  };
  visit(dir);
  return advisories;
}

export interface Snapshot {
  source: string;
  /** yyyy-MM-dd */
  assembled: string;
  note?: string;
  advisories: Advisory[];
}

export function readSnapshot(file: string): Snapshot {
  let data: Partial<Snapshot>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (typeof data.source !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(data.assembled ?? '')) {
    throw new Error(`${file}: needs "source" and "assembled" (yyyy-MM-dd)`);
  }
  if (!Array.isArray(data.advisories)) throw new Error(`${file}: "advisories" must be a list`);
  const advisories = data.advisories.map((a, i) => validateAdvisory(a, `${file} advisories[${i}]`));
  return { source: data.source, assembled: data.assembled as string, note: data.note, advisories };
}

/** Keeps the advisories of the package names installed, sorted, so that the file diffs well. */
export function writeSnapshot(
  file: string,
  advisories: Advisory[],
  packages: InstalledPackage[],
  source: string,
  today: string,
): Snapshot {
  const names = new Set(packages.map((p) => p.name));
  const unique = new Map<string, Advisory>();
  for (const a of advisories) if (names.has(a.package)) unique.set(`${a.package} ${a.id}`, a);
  const kept = [...unique.values()].sort(
    (a, b) => a.package.localeCompare(b.package) || a.id.localeCompare(b.id),
  );
  const snapshot: Snapshot = { source, assembled: today, advisories: kept };
  writeFileSync(file, `${JSON.stringify(snapshot, null, 2)}\n`);
  return snapshot;
}
