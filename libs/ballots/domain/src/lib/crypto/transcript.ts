import { sha512 } from '@noble/hashes/sha2';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils';

import { type Hex, bytesToNumberLE, hexToBytes, modL } from './encoding';

/** First item of every Fiat–Shamir transcript: a new protocol version gets a new tag. */
export const PROTOCOL_TAG = 'thidua-ballot-v1';

/**
 * A Fiat–Shamir transcript: each item is a 4-byte big-endian length followed by its bytes (text as
 * UTF-8, points as their 32-byte encoding), so no two different lists give the same bytes. The
 * challenge is SHA-512 of the whole, read little-endian and reduced mod L.
 */
export class Transcript {
  private readonly items: Uint8Array[] = [];

  constructor(label: 'choice' | 'overall' | 'decryption') {
    this.text(PROTOCOL_TAG).text(label);
  }

  text(value: string): this {
    return this.bytes(utf8ToBytes(value));
  }

  point(hex: Hex): this {
    return this.bytes(hexToBytes(hex));
  }

  challenge(): bigint {
    return modL(bytesToNumberLE(sha512(concatBytes(...this.items))));
  }

  private bytes(value: Uint8Array): this {
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, value.length);
    this.items.push(length, value);
    return this;
  }
}

/** A uniform non-zero scalar from the platform's CSPRNG (browsers and Node ≥ 19). */
export function randomScalar(): bigint {
  for (;;) {
    const bytes = new Uint8Array(64);
    globalThis.crypto.getRandomValues(bytes);
    const s = modL(bytesToNumberLE(bytes));
    if (s !== 0n) return s;
  }
}
