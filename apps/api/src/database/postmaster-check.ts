import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Written into the data directory by the process that runs the embedded PostgreSQL. */
export const OWNER_FILE = 'thidua-api.pid';

/** How long a PostgreSQL left running gets for its fast shutdown before an immediate one. */
const FAST_SHUTDOWN_MS = 60_000;

interface ProcessFacts {
  ppid: number;
  command: string;
}

/** True while `pid` is a process that has not ended (a zombie has). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Parent and command line of a running process (procfs, else `ps`), or undefined. */
function processFacts(pid: number): ProcessFacts | undefined {
  if (!isRunning(pid)) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { ppid, command };
  } catch {
    try {
      const out = execFileSync('ps', ['-o', 'ppid=,args=', '-p', String(pid)], {
        encoding: 'utf8',
      });
      const match = /^\s*(\d+)\s+(.*)$/.exec(out.trim());
      return match ? { ppid: Number(match[1]), command: match[2] } : undefined;
    } catch {
      return undefined;
    }
  }
}

function readNumberFile(path: string): number | undefined {
  if (!existsSync(path)) return undefined;
  const value = Number(readFileSync(path, 'utf8').split('\n')[0].trim());
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The postmaster that `postmaster.pid` names, when it still runs on `dataDir`. */
function livePostmaster(dataDir: string, pid: number): boolean {
  const facts = processFacts(pid);
  if (!facts || !/(^|\/)(postgres|postmaster)(\s|$)/.test(facts.command)) return false;
  const lockedDir = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[1]?.trim();
  return !!lockedDir && existsSync(lockedDir) && realpathSync(lockedDir) === realpathSync(dataDir);
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < ms; ) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isRunning(pid);
}

/**
 * Stops a PostgreSQL that outlived the process that started it: SIGINT asks for PostgreSQL's
 * fast shutdown (open transactions roll back, committed ones are written, a checkpoint is taken);
 * only if that hangs, SIGQUIT (immediate shutdown; the next start recovers from the WAL).
 */
async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  if (await waitUntilGone(pid, FAST_SHUTDOWN_MS)) return;
  process.kill(pid, 'SIGQUIT');
  if (await waitUntilGone(pid, 10_000)) return;
  throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it by hand and start again`);
}

/**
 * Makes the data directory ready for a new postmaster after whatever ended the last run, and
 * answers what it found (for the log), or undefined after a clean stop:
 * - PostgreSQL still running on this data directory, started by a process that is gone (the API
 *   was killed): it is stopped cleanly, then started again by us. Reusing it instead would leave
 *   a server nobody stops, whose log goes nowhere and whose port may not be the configured one;
 * - the same, but the process that started it still runs (another API on this data directory):
 *   refused, nothing is touched;
 * - a `postmaster.pid` whose process is gone (or is now another program): removed; PostgreSQL
 *   recovers from its write-ahead log on start. The lock file of a live postmaster is never removed.
 */
export async function recoverDataDir(dataDir: string): Promise<string | undefined> {
  const lockFile = join(dataDir, 'postmaster.pid');
  const ownerFile = join(dataDir, OWNER_FILE);
  const owner = readNumberFile(ownerFile);
  const pid = readNumberFile(lockFile);
  const lastRun =
    owner === undefined || owner === process.pid
      ? 'the last run'
      : `the last run (process ${owner})`;
  let finding: string | undefined;
  if (pid !== undefined && livePostmaster(dataDir, pid)) {
    if (owner !== undefined && owner !== process.pid && processFacts(owner)) {
      throw new Error(
        `the embedded PostgreSQL in ${dataDir} (pid ${pid}) is in use by another running process (pid ${owner}): stop that one first, or give this one its own EMBEDDED_PG_DIR and EMBEDDED_PG_PORT`,
      );
    }
    await stopOrphan(pid);
    finding = `${lastRun} ended without stopping its PostgreSQL (pid ${pid}), which was still running: stopped it cleanly (fast shutdown), starting it again`;
  } else if (pid !== undefined || existsSync(lockFile)) {
    rmSync(lockFile, { force: true });
    finding = `${lastRun} ended without a clean shutdown: removed the stale postmaster.pid (its pid ${pid ?? '?'} is no PostgreSQL of this data directory any more); PostgreSQL recovers from its write-ahead log`;
  } else if (owner !== undefined && owner !== process.pid && !processFacts(owner)) {
    finding = `${lastRun} ended without stopping the API; its PostgreSQL had already shut down cleanly`;
  }
  rmSync(ownerFile, { force: true });
  return finding;
}

/** Throws a clear error when something already listens on `port` of 127.0.0.1. */
export async function assertPortFree(port: number, dataDir: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use by another program (not the PostgreSQL of ${dataDir}): stop it, or set EMBEDDED_PG_PORT to a free port`
            : `cannot use port ${port} for the embedded PostgreSQL: ${error.message}`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
