import { ristretto255 } from '@noble/curves/ed25519';

import { type Hex, isHex32, modL } from './encoding';
import { CryptoFormatError } from './errors';

export interface DecodeOptions {
  /**
   * Accept the identity point (64 zeros). Only totals and decryption values may be the identity
   * (an empty box); a ballot's points and the public key never legitimately are.
   */
  allowIdentity?: boolean;
}

/**
 * The group operations the protocol needs, so one implementation of the proofs runs on noble
 * (any platform) and on libsodium (the server, about ten times faster). P is the adapter's point
 * type. Scalars may be any bigint: adapters reduce them mod L.
 */
export interface GroupOps<P> {
  name: 'ristretto255';
  /** Throws CryptoFormatError on bad hex, a non-canonical encoding, or a forbidden identity. */
  decode(hex: Hex, options?: DecodeOptions): P;
  encode(p: P): Hex;
  /** s·G for the standard base point G. */
  base(s: bigint): P;
  mul(p: P, s: bigint): P;
  add(a: P, b: P): P;
  sub(a: P, b: P): P;
  eq(a: P, b: P): boolean;
  identity(): P;
}

const Point = ristretto255.Point;
export type NoblePoint = InstanceType<typeof Point>;

/**
 * ristretto255 in pure JavaScript. `multiply` is noble's constant-time multiplication: the same
 * operations encrypt with secret randomness in the browser. noble refuses a zero scalar, so the
 * zero cases are answered here.
 */
export const nobleGroup: GroupOps<NoblePoint> = {
  name: 'ristretto255',
  decode(hex, options) {
    if (!isHex32(hex)) throw new CryptoFormatError('a point must be 64 lowercase hex digits');
    let p: NoblePoint;
    try {
      p = Point.fromHex(hex);
    } catch {
      throw new CryptoFormatError('not a canonical ristretto255 encoding');
    }
    if (!options?.allowIdentity && p.is0()) {
      throw new CryptoFormatError('the identity point is not allowed here');
    }
    return p;
  },
  encode: (p) => p.toHex(),
  base(s) {
    const k = modL(s);
    return k === 0n ? Point.ZERO : Point.BASE.multiply(k);
  },
  mul(p, s) {
    const k = modL(s);
    return k === 0n || p.is0() ? Point.ZERO : p.multiply(k);
  },
  add: (a, b) => a.add(b),
  sub: (a, b) => a.subtract(b),
  eq: (a, b) => a.equals(b),
  identity: () => Point.ZERO,
};

/**
 * nobleGroup with noble's variable-time multiplication, about three times faster: for checking
 * ballots and boards in a browser or a script, where every scalar is public (proof challenges and
 * responses, random batch weights). Never for encrypting, key generation or decrypting.
 */
export const nobleVerifyGroup: GroupOps<NoblePoint> = {
  ...nobleGroup,
  base(s) {
    const k = modL(s);
    return k === 0n ? Point.ZERO : Point.BASE.multiplyUnsafe(k);
  },
  mul(p, s) {
    const k = modL(s);
    return k === 0n || p.is0() ? Point.ZERO : p.multiplyUnsafe(k);
  },
};
