import type { Hex } from './encoding';
import { nobleGroup } from './group';
import { randomScalar } from './transcript';

/** A ballot's ElGamal key pair: x random, Y = xG. The secret is meant to be split, not kept. */
export function generateKeyPair(): { secretKey: bigint; publicKey: Hex } {
  const secretKey = randomScalar();
  return { secretKey, publicKey: nobleGroup.encode(nobleGroup.base(secretKey)) };
}
