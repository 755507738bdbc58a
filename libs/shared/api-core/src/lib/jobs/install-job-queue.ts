import { PgBoss } from 'pg-boss';

import { JOB_QUEUE_SCHEMA } from './job-queue.options';

/**
 * Installs or upgrades pg-boss's schema, as the owner role (the app role may not create tables):
 * run with the migrations, under their advisory lock. Its tables come under the default privileges
 * that give the app role its row rights; the schema itself is opened to the roles that may connect.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_QUEUE_SCHEMA,
    max: 2,
    supervise: false,
    schedule: false,
    registerInstance: false,
  });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    await boss.getDb().executeSql(`GRANT USAGE ON SCHEMA ${JOB_QUEUE_SCHEMA} TO PUBLIC`);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}
