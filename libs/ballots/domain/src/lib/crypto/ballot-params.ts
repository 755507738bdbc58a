import type { BallotCryptoParams } from './ballot.types';
import { CryptoFormatError } from './errors';

/** The values the overall proof allows, or null when the ballot has no limit on marks. */
export function overallValues(params: BallotCryptoParams): number[] | null {
  if (params.maxMarks === null) return null;
  const values: number[] = [];
  for (let v = params.minMarks; v <= params.maxMarks; v++) values.push(v);
  return values;
}

/**
 * Parameters come from the server's own records, so a bad one is a programming error and throws;
 * only ballots are untrusted input.
 */
export function assertParams(params: BallotCryptoParams): void {
  const { candidateCount: n, minMarks, maxMarks } = params;
  const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  if (typeof params.ballotId !== 'string' || params.ballotId === '') {
    throw new CryptoFormatError('the ballot id must be a non-empty string');
  }
  if (!isCount(n) || n < 1) throw new CryptoFormatError('a ballot needs at least one candidate');
  if (!isCount(minMarks) || minMarks > n) throw new CryptoFormatError('minMarks out of range');
  if (maxMarks === null) {
    // Without an overall proof nothing could enforce a minimum.
    if (minMarks !== 0) throw new CryptoFormatError('minMarks needs maxMarks');
  } else if (!isCount(maxMarks) || maxMarks < minMarks || maxMarks > n) {
    throw new CryptoFormatError('maxMarks out of range');
  }
}
