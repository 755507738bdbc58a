/** The packages a production install contains, read from npm's package-lock.json (v2 or v3). */

export interface LockEntry {
  name?: string;
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
}

export interface PackageLock {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}

/** One name and version, with every place in node_modules where it is installed. */
export interface InstalledPackage {
  name: string;
  version: string;
  paths: string[];
}

/**
 * Every package of the lock that is not a development dependency, one entry per name and
 * version, sorted by name. Links (workspace packages) are the project's own code and skipped.
 */
export function productionPackages(lock: PackageLock): InstalledPackage[] {
  if (!lock.packages || (lock.lockfileVersion ?? 0) < 2) {
    throw new Error('package-lock.json has no "packages" map (lockfileVersion 2 or 3 is needed)');
  }
  const byKey = new Map<string, InstalledPackage>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.devOptional || entry.link) continue;
    const name = entry.name ?? packageNameFromPath(path);
    if (!name || !entry.version) continue;
    const key = `${name}@${entry.version}`;
    const known = byKey.get(key);
    if (known) known.paths.push(path);
    else byKey.set(key, { name, version: entry.version, paths: [path] });
  }
  return [...byKey.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function packageNameFromPath(path: string): string | undefined {
  const at = path.lastIndexOf('node_modules/');
  return at < 0 ? undefined : path.slice(at + 'node_modules/'.length) || undefined;
}
