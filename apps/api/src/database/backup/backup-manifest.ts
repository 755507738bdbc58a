/** What a built-in backup archive holds besides its data files (`manifest.json`). */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  appVersion: string;
  createdAt: string;
  /** `server_version_num` of the database that was backed up, e.g. 180004. */
  serverVersion: number;
  /** Names of the migrations applied, oldest first (the `migrations` table in order). */
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
}

export interface BackupTable {
  name: string;
  /** Columns in the data file's order (generated columns are left out: the server recomputes them). */
  columns: string[];
  /** `data/<file>`: the rows in PostgreSQL's COPY text format. */
  file: string;
  rows: number;
  /** SHA-256 of the data file, to detect a damaged archive before touching the database. */
  fileSha256: string;
  /** Sum of the rows' SHA-256 modulo 2^256: the same for the same rows in any physical order. */
  rowsChecksum: string;
}

export interface BackupSequence {
  name: string;
  /** `null` when the sequence was never used. */
  lastValue: string | null;
}

export const BACKUP_FORMAT = 'thidua-backup';

/** Session settings under which COPY text is written and read alike on both ends. */
export const COPY_SESSION_SETTINGS = [
  `SET client_encoding = 'UTF8'`,
  `SET TimeZone = 'UTC'`,
  `SET DateStyle = 'ISO, YMD'`,
  `SET IntervalStyle = 'postgres'`,
  `SET extra_float_digits = 3`,
];
