import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/*
 * "Nothing province-specific in code" (issue 18): the province, its place and its signers live in
 * the organisation profile (an admin page, data), so a new province needs no code change. This
 * guard fails when "Lào Cai" — in any case, with or without accents — appears in the source of
 * libs/ or apps/api/src outside tests, test fixtures and the demo seed.
 */
const ROOT = join(__dirname, '../../..');
const SCANNED = ['libs', 'apps/api/src'];
const SOURCE = /\.(ts|html|scss|mjs|js|json)$/;
const ALLOWED = [
  /\.spec\.ts$/,
  /(^|\/)testing(\/|\.ts$)/,
  /^apps\/api\/src\/database\/seeds\//,
  /(^|\/)(node_modules|dist|test-output)\//,
];

/** "Lào Cai", "LÀO CAI", "Lao Cai", "LàoCai" and their NFD spellings. */
export function namesTheDemoProvince(text: string): boolean {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return /\blao\s*cai\b/.test(folded);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

describe('no province in code', () => {
  it.each([
    ['Lào Cai', true],
    ['TỈNH LÀO CAI', true],
    ['Lao  Cai', true],
    ['La\u0300o Cai', true],
    ['Lai Châu', false],
    ['cao cai', false],
  ])('should recognise %p as the demo province: %p', (text, expected) => {
    expect(namesTheDemoProvince(text)).toBe(expected);
  });

  it('should not name the demo province in libs/ or apps/api/src outside tests and the demo seed', () => {
    const offending = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((file) => relative(ROOT, file).split(sep).join('/'))
      .filter((file) => !ALLOWED.some((pattern) => pattern.test(file)))
      .filter((file) => namesTheDemoProvince(readFileSync(join(ROOT, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});
