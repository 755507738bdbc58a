export * from './backup-manifest';
export * from './database-backup';
export { RestoreError } from './logical-restore';
