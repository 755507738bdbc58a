import { checkPasswordStrength } from '@thidua/auth/contracts';

import { hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('should hash with argon2id and verify only the right password', async () => {
    const hash = await hashPassword('ThiDua@2024');
    expect(hash).toMatch(/^\$argon2id\$/);
    await expect(verifyPassword(hash, 'ThiDua@2024')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'thidua@2024')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
    // Three argon2id runs (64 MiB each) take seconds on a loaded 2-core machine.
  }, 30_000);

  it.each([
    ['ngắn1', 'tooShort'],
    ['khongcoso', 'needsLetterAndDigit'],
    ['12345678', 'needsLetterAndDigit'],
    ['Mật khẩu 2024', null],
    ['a1'.repeat(65), 'tooLong'],
  ])('should judge %s as %s', (password, expected) => {
    expect(checkPasswordStrength(password)).toBe(expected);
  });
});
