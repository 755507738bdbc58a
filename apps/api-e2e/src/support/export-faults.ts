import { Client } from 'pg';

/**
 * Faults put into a background export from the database side, as the superuser, so that the API
 * runs unchanged: a trigger on `export_jobs` fails the step that stores a job's file a given number
 * of times, or holds the step that marks it running until the test lets go.
 */
export class ExportFaults {
  private readonly client = new Client({
    connectionString: process.env['TEST_DATABASE_ADMIN_URL'],
  });
  private readonly holder = new Client({
    connectionString: process.env['TEST_DATABASE_ADMIN_URL'],
  });

  /** The advisory lock a held job waits for. */
  static readonly HOLD_KEY = 741_208_777;

  async open(): Promise<void> {
    await this.client.connect();
    await this.holder.connect();
    await this.client.query(`
      CREATE SEQUENCE IF NOT EXISTS test_export_fault_count;
      CREATE TABLE IF NOT EXISTS test_export_faults (list_id uuid PRIMARY KEY, failures int NOT NULL DEFAULT 0, hold boolean NOT NULL DEFAULT false);
      CREATE OR REPLACE FUNCTION test_export_fault() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      DECLARE f test_export_faults;
      BEGIN
        SELECT * INTO f FROM test_export_faults WHERE list_id = NEW.list_id;
        IF NOT FOUND THEN RETURN NEW; END IF;
        IF NEW.status = 'running' AND f.hold THEN PERFORM pg_advisory_xact_lock_shared(${ExportFaults.HOLD_KEY}); END IF;
        -- A sequence counts the failures: the exception rolls back any row written here.
        IF NEW.status = 'done' AND nextval('test_export_fault_count') <= f.failures THEN
          RAISE EXCEPTION 'test fault: the disk is full';
        END IF;
        RETURN NEW;
      END $$;
      DROP TRIGGER IF EXISTS test_export_fault ON export_jobs;
      CREATE TRIGGER test_export_fault BEFORE UPDATE ON export_jobs FOR EACH ROW EXECUTE FUNCTION test_export_fault();`);
  }

  /** The next `failures` attempts to store a file of `listId` fail (an exception, not a refusal). */
  async failStoring(listId: string, failures: number): Promise<void> {
    await this.set(listId, failures, false);
  }

  /** Jobs of `listId` wait, on marking themselves running, until {@link release}. */
  async hold(listId: string): Promise<void> {
    await this.holder.query('SELECT pg_advisory_lock($1)', [ExportFaults.HOLD_KEY]);
    await this.set(listId, 0, true);
  }

  async release(listId: string): Promise<void> {
    await this.set(listId, 0, false);
    await this.holder.query('SELECT pg_advisory_unlock($1)', [ExportFaults.HOLD_KEY]);
  }

  /** Removes the trigger and its table: other suites' exports run as usual. */
  async close(): Promise<void> {
    await this.client.query(`DROP TRIGGER IF EXISTS test_export_fault ON export_jobs;
      DROP FUNCTION IF EXISTS test_export_fault(); DROP TABLE IF EXISTS test_export_faults;
      DROP SEQUENCE IF EXISTS test_export_fault_count;`);
    await this.client.end();
    await this.holder.end();
  }

  /** The pg-boss state of the export job of row `exportJobId`. */
  async queueState(exportJobId: string): Promise<string | null> {
    const { rows } = await this.client.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE name = 'document-export' AND data->>'exportJobId' = $1`,
      [exportJobId],
    );
    return rows[0]?.state ?? null;
  }

  private async set(listId: string, failures: number, hold: boolean): Promise<void> {
    await this.client.query(`ALTER SEQUENCE test_export_fault_count RESTART`);
    await this.client.query(
      `INSERT INTO test_export_faults (list_id, failures, hold) VALUES ($1, $2, $3)
       ON CONFLICT (list_id) DO UPDATE SET failures = EXCLUDED.failures, hold = EXCLUDED.hold`,
      [listId, failures, hold],
    );
  }
}
