import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The repository's root, from this file (tools/workspace-checks/src). */
export const ROOT = join(__dirname, '../../..');

/** Every file under `dir` (relative to the root, with forward slashes) whose name matches. */
export function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name.startsWith('.')
        ? []
        : filesUnder(path, name);
    return name.test(entry.name) ? [relative(ROOT, join(ROOT, path)).split(sep).join('/')] : [];
  });
}
