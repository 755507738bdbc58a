import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

import { API_KEY_PREFIX } from '@thidua/shared/contracts';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const KEY_PATTERN = /^(td_live_[a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  /** The whole key, shown once. */
  key: string;
  /** Its public part, kept to find it. */
  prefix: string;
  /** SHA-256 of the whole key, hex. */
  hash: string;
}

/** A new key: `td_live_` + 8 random characters (its id) + `_` + 32 random bytes (base64url). */
export function generateApiKey(): NewApiKey {
  const id = Array.from({ length: 8 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');
  const prefix = `${API_KEY_PREFIX}${id}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The prefix of a well-formed key, else null. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Whether `key` hashes to `hash`, compared in constant time. */
export function matchesApiKey(key: string, hash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'hex');
  const expected = Buffer.from(hash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
