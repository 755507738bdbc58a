import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ConfigType, registerAs } from '@nestjs/config';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The sealed format's first byte, so that another one can come later. */
const FORMAT = 1;

/** A base64 key of 32 bytes, or an error naming where it came from. */
function parseKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES || !/^[A-Za-z0-9+/]+=*$/.test(text.trim()))
    throw new Error(
      `${source} must hold ${KEY_BYTES} random bytes in base64 (openssl rand -base64 32)`,
    );
  return key;
}

/**
 * `SIGNING_KEY` (base64, 32 bytes) or the file `SIGNING_KEY_FILE` (default `.data/signing.key`)
 * holds the key that seals the signing certificates; a bad `SIGNING_KEY` stops the API at boot.
 */
export const signingConfig = registerAs('signing', () => {
  const key = process.env['SIGNING_KEY'];
  if (key) parseKey(key, 'SIGNING_KEY');
  return {
    key: key || null,
    keyFile: resolve(process.env['SIGNING_KEY_FILE'] || '.data/signing.key'),
  };
});

/** Sealed bytes: format (1) · IV (12) · GCM tag (16) · ciphertext. */
@Injectable()
export class SigningKeyStore {
  private readonly logger = new Logger(SigningKeyStore.name);
  private key: Buffer | null = null;

  constructor(
    @Inject(signingConfig.KEY) private readonly config: ConfigType<typeof signingConfig>,
  ) {}

  /** Seals `plain` for the row `id` (the id is authenticated: a secret moved to another row fails). */
  seal(plain: Buffer, id: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.currentKey(true), iv).setAAD(Buffer.from(id));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([FORMAT]), iv, cipher.getAuthTag(), body]);
  }

  /** Opens sealed bytes; null when the key is not the one they were sealed with. */
  open(sealed: Buffer, id: string): Buffer | null {
    if (sealed[0] !== FORMAT) return null;
    const key = this.currentKey(false);
    if (!key) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 1 + IV_BYTES))
        .setAAD(Buffer.from(id))
        .setAuthTag(sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      return null;
    }
  }

  /**
   * The key from `SIGNING_KEY`, else from its file; `create`: make the file (0600, in a 0700
   * folder) when there is none, as the first certificate is uploaded. A concurrent first upload in
   * another process finds the file made (exclusive create) and reads it.
   */
  private currentKey(create: true): Buffer;
  private currentKey(create: false): Buffer | null;
  private currentKey(create: boolean): Buffer | null {
    if (this.key) return this.key;
    if (this.config.key) return (this.key = parseKey(this.config.key, 'SIGNING_KEY'));
    const file = this.config.keyFile;
    try {
      return (this.key = parseKey(readFileSync(file, 'utf8'), file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !create) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    }
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, {
        flag: 'wx',
        mode: 0o600,
      });
      chmodSync(file, 0o600);
      this.logger.warn(
        `Signing key created in ${file}: back it up apart from the database (docs/operations.md)`,
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return (this.key = parseKey(readFileSync(file, 'utf8'), file));
  }
}
