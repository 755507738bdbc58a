// Starts the built app for the browser tests: a throw-away embedded PostgreSQL on a free port
// (removed on exit), migrations and demo data, the API and the web app on $PORT.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dataDir = mkdtempSync(join(tmpdir(), 'thidua-e2e-pg-'));
// PostgreSQL runs as its own user when started by root, so it must be able to enter the folder.
chmodSync(dataDir, 0o755);
const env = {
  ...process.env,
  DATABASE_URL: '',
  DATABASE_MIGRATION_URL: '',
  EMBEDDED_PG_DIR: join(dataDir, 'pg'),
  EMBEDDED_PG_PORT: String(await freePort()),
  EMBEDDED_PG_PERSISTENT: 'false',
  SEED_DEMO_DATA: 'true',
  LOG_LEVEL: 'warn',
  // Browser tests sign in many times from one address.
  AUTH_MAX_FAILURES_PER_IP: '1000',
};
const server = spawn(process.execPath, ['dist/apps/api/main.js'], { stdio: 'inherit', env });
const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
