import { combine, split } from 'shamir-secret-sharing';

import { type Hex, GROUP_ORDER, bytesToNumberBE, numberToBytesBE } from './encoding';
import { ShareFormatError, WrongSharesError } from './errors';
import { nobleGroup } from './group';
import { SHARE_BYTES, decodeShare, encodeShare } from './share-codes';

/**
 * Splits the ballot's secret key among the counting committee: any k of the n codes put it back
 * together, fewer say nothing about it (Shamir over GF(256), byte by byte). Code i (1..n) goes
 * to member i.
 */
export async function splitSecretKey(
  secretKey: bigint,
  ballotId: string,
  n: number,
  k: number,
): Promise<string[]> {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 1 || k > n || n > 255) {
    throw new RangeError('a committee needs 1 ≤ k ≤ n ≤ 255');
  }
  if (secretKey <= 0n || secretKey >= GROUP_ORDER) throw new RangeError('not a secret key');
  const secret = numberToBytesBE(secretKey, 32);
  // The library needs k ≥ 2; with k = 1 every share is the key itself at its own x.
  const shares =
    k === 1
      ? Array.from({ length: n }, (_, i) => Uint8Array.from([...secret, i + 1]))
      : await split(secret, n, k);
  return shares.map((share, i) => encodeShare(ballotId, i + 1, share));
}

/**
 * Puts the key back together from the codes typed at the count. ShareFormatError (with the
 * code's position in `codes`) when one cannot be read or is given twice; WrongSharesError when the
 * result is not the key of `publicKey`, which is also what too few shares give.
 */
export async function combineShares(
  ballotId: string,
  codes: string[],
  publicKey: Hex,
): Promise<bigint> {
  const shares = codes.map((code, position) => {
    try {
      return decodeShare(ballotId, code);
    } catch (error) {
      if (error instanceof ShareFormatError) {
        throw new ShareFormatError(error.message, error.problem, position);
      }
      throw error;
    }
  });
  const indexes = new Set<number>();
  const xs = new Set<number>();
  shares.forEach((share, position) => {
    const x = share.bytes[SHARE_BYTES - 1];
    if (indexes.has(share.index) || xs.has(x)) {
      throw new ShareFormatError('the same share was given twice', 'duplicate', position);
    }
    indexes.add(share.index);
    xs.add(x);
  });
  if (shares.length === 0) throw new WrongSharesError('no shares');
  const secret =
    shares.length === 1
      ? shares[0].bytes.slice(0, SHARE_BYTES - 1)
      : await combine(shares.map((share) => share.bytes));
  const secretKey = bytesToNumberBE(secret);
  const isKey =
    secretKey > 0n &&
    secretKey < GROUP_ORDER &&
    nobleGroup.eq(nobleGroup.base(secretKey), nobleGroup.decode(publicKey));
  if (!isKey) throw new WrongSharesError('these shares do not make the ballot key');
  return secretKey;
}
