import { sha256 } from '@noble/hashes/sha2';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils';

import { type Hex, bytesToHex } from './encoding';
import { ShareFormatError } from './errors';

/*
 * A committee member's share as a code to print and type back:
 *   NNNN-XXXX-XXXX-…   15 groups of 4 characters, 60 in all
 * NNNN is the member's index 1..n in decimal digits (readable as is); the 56 characters after it
 * are Crockford base32 of 35 bytes: the 33-byte Shamir share (32 bytes of the key's big-endian
 * encoding, then its x coordinate) and a 2-byte checksum, the first bytes of
 * SHA-256('thidua-share|' + ballotId + '|' ‖ index byte ‖ share). The checksum catches typos and a
 * share of another ballot.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHARE_BYTES = 33;
const CHECKSUM_BYTES = 2;
const INDEX_DIGITS = 4;
const BODY_CHARS = ((SHARE_BYTES + CHECKSUM_BYTES) * 8) / 5;
const CODE_CHARS = INDEX_DIGITS + BODY_CHARS;

export function encodeShare(ballotId: string, index: number, share: Uint8Array): string {
  const body = toBase32(concatBytes(share, checksum(ballotId, index, share)));
  return groupsOfFour(String(index).padStart(INDEX_DIGITS, '0') + body);
}

/**
 * Forgiving reading of a typed code: case, spaces and dashes of any kind are ignored, and the
 * look-alikes O → 0, I and L → 1 are mapped as Crockford base32 does. Other characters stay, for
 * decodeShare to refuse.
 */
export function normalizeShareCode(text: string): string {
  const compact = text
    .toUpperCase()
    .replace(/[\s\-_.·\u2010-\u2015\u2212]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return groupsOfFour(compact);
}

/** The member's index and the 33 share bytes; ShareFormatError on a typo or another ballot's share. */
export function decodeShare(ballotId: string, code: string): { index: number; bytes: Uint8Array } {
  const compact = normalizeShareCode(code).replace(/-/g, '');
  const bad = [...compact].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) {
    throw new ShareFormatError(
      `the share code has a character that cannot be in it: "${bad}"`,
      'characters',
    );
  }
  if (compact.length !== CODE_CHARS) {
    throw new ShareFormatError(
      `a share code has ${CODE_CHARS} characters, this one ${compact.length}`,
      'length',
    );
  }
  const indexDigits = compact.slice(0, INDEX_DIGITS);
  const index = Number(indexDigits);
  if (!/^\d+$/.test(indexDigits) || index < 1 || index > 255) {
    throw new ShareFormatError('the share code does not start with its number', 'index');
  }
  const decoded = fromBase32(compact.slice(INDEX_DIGITS));
  const bytes = decoded.slice(0, SHARE_BYTES);
  const expected = checksum(ballotId, index, bytes);
  if (decoded[SHARE_BYTES] !== expected[0] || decoded[SHARE_BYTES + 1] !== expected[1]) {
    throw new ShareFormatError(
      'the share code does not check: a typo, or a share of another ballot',
      'checksum',
    );
  }
  return { index, bytes };
}

/**
 * SHA-256('thidua-share-digest|' + ballotId + '|' ‖ share): kept by the server when the ballot
 * opens, to recognise each genuine share at the count without being able to use it.
 */
export function shareDigest(ballotId: string, code: string): Hex {
  const { bytes } = decodeShare(ballotId, code);
  return bytesToHex(sha256(concatBytes(utf8ToBytes(`thidua-share-digest|${ballotId}|`), bytes)));
}

function checksum(ballotId: string, index: number, share: Uint8Array): Uint8Array {
  const prefix = utf8ToBytes(`thidua-share|${ballotId}|`);
  return sha256(concatBytes(prefix, Uint8Array.of(index), share)).slice(0, CHECKSUM_BYTES);
}

function groupsOfFour(text: string): string {
  return (text.match(/.{1,4}/g) ?? []).join('-');
}

/** Big-endian bit order: the first character holds the first byte's top five bits. */
function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(ch)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}
