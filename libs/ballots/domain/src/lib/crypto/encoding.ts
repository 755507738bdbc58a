import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';

import { CryptoFormatError } from './errors';

/** Lowercase hexadecimal. */
export type Hex = string;

/** L, the order of ristretto255 (and of its base point G). */
export const GROUP_ORDER = 2n ** 252n + 27742317777372353535851937790883648493n;

/** 64 zeros: how the identity point (an empty box's totals) is written. */
export const IDENTITY_HEX = '0'.repeat(64);

const HEX_32_BYTES = /^[0-9a-f]{64}$/;

/** 32 bytes in lowercase hex, the form of every point and scalar in the protocol. */
export function isHex32(value: unknown): value is Hex {
  return typeof value === 'string' && HEX_32_BYTES.test(value);
}

export function modL(n: bigint): bigint {
  const r = n % GROUP_ORDER;
  return r < 0n ? r + GROUP_ORDER : r;
}

/** Scalars travel as 64 hex digits of a big-endian integer below L. */
export function scalarToHex(s: bigint): Hex {
  if (s < 0n || s >= GROUP_ORDER) throw new CryptoFormatError('scalar out of range');
  return s.toString(16).padStart(64, '0');
}

export function isScalarHex(value: unknown): value is Hex {
  return isHex32(value) && BigInt('0x' + value) < GROUP_ORDER;
}

export function scalarFromHex(hex: unknown): bigint {
  if (!isHex32(hex)) throw new CryptoFormatError('a scalar must be 64 lowercase hex digits');
  const s = BigInt('0x' + hex);
  if (s >= GROUP_ORDER) throw new CryptoFormatError('a scalar must be below the group order');
  return s;
}

/** Little-endian, the byte order of ristretto255 libraries (libsodium, RFC 8032 hashes). */
export function bytesToNumberLE(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
  return n;
}

export function numberToBytesLE(n: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

export function numberToBytesBE(n: bigint, length: number): Uint8Array {
  return numberToBytesLE(n, length).reverse();
}

export function bytesToNumberBE(bytes: Uint8Array): bigint {
  return bytesToNumberLE(Uint8Array.from(bytes).reverse());
}

export function sha256Hex(data: Uint8Array | string): Hex {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

export { bytesToHex, hexToBytes, utf8ToBytes };
