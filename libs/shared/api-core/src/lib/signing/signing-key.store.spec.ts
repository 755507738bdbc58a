import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SigningKeyStore } from './signing-key.store';

describe('SigningKeyStore', () => {
  let dir: string;
  const store = (keyFile: string, key: string | null = null) =>
    new SigningKeyStore({ key, keyFile });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-key-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should make the key file (0600) at the first seal and open what it sealed', () => {
    const file = join(dir, 'keys/signing.key');
    const sealed = store(file).seal(Buffer.from('bí mật'), 'row-1');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(sealed.includes(Buffer.from('bí mật'))).toBe(false);
    // Another process reads the same file.
    expect(store(file).open(sealed, 'row-1')?.toString()).toBe('bí mật');
  });

  it('should not open a secret moved to another row, altered, or sealed under another key', () => {
    const file = join(dir, 'signing.key');
    const sealed = store(file).seal(Buffer.from('bí mật'), 'row-1');
    expect(store(file).open(sealed, 'row-2')).toBeNull();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    expect(store(file).open(altered, 'row-1')).toBeNull();
    const other = store(join(dir, 'other.key'));
    other.seal(Buffer.from('x'), 'x');
    expect(other.open(sealed, 'row-1')).toBeNull();
    expect(store(join(dir, 'missing.key')).open(sealed, 'row-1')).toBeNull();
  });

  it('should take the key from SIGNING_KEY before any file, and refuse a malformed one', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const sealed = store(join(dir, 'unused.key'), key).seal(Buffer.from('a'), 'r');
    expect(store(join(dir, 'other.key'), key).open(sealed, 'r')?.toString()).toBe('a');
    expect(() => store(join(dir, 'x.key'), 'c2hvcnQ=').seal(Buffer.from('a'), 'r')).toThrow(
      /32 random bytes/,
    );
  });
});
