import { ApiException, conflict } from './api.exception';

/**
 * Optimistic versioning of every editable record: a change must carry the `version` it was read
 * at (missing → 422 on `version`) and is refused with 409 `common.staleVersion` when the record
 * has changed since. Call it after locking the row (`pessimistic_write`) in the write's transaction.
 */
export function checkVersion(sent: number | undefined | null, current: number): void {
  if (sent === undefined || sent === null) {
    throw new ApiException(422, 'common.validation', {}, { version: ['common.versionRequired'] });
  }
  if (sent !== current) throw conflict('common.staleVersion');
}
