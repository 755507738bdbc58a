/** A point, scalar or other encoded value that is not what the protocol allows. */
export class CryptoFormatError extends Error {
  override readonly name = 'CryptoFormatError';
}

export type ShareProblem = 'characters' | 'length' | 'index' | 'checksum' | 'duplicate';

/**
 * A committee share code that cannot be read: a typo (bad characters, wrong length, failed
 * checksum) or a share of another ballot (its checksum is bound to the ballot id).
 */
export class ShareFormatError extends Error {
  override readonly name = 'ShareFormatError';

  constructor(
    message: string,
    readonly problem: ShareProblem,
    /** Where the code was in the list given to combineShares (0-based), when known. */
    readonly position?: number,
  ) {
    super(message);
  }
}

/** The shares were read but do not make the ballot's key: too few, or not this ballot's. */
export class WrongSharesError extends Error {
  override readonly name = 'WrongSharesError';
}
