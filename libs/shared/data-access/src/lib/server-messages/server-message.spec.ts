import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { clearTranslations, loadTranslations } from '@angular/localize';

import type { ApiError } from '@thidua/shared/contracts';

import { hasServerMessage, translateApiError, translateServerMessage } from './server-message';

const ROOT = join(__dirname, '../../../../../..');
const ENGLISH = JSON.parse(
  readFileSync(join(ROOT, 'apps/web/src/locale/messages.en.json'), 'utf8'),
) as { translations: Record<string, string> };

/** The server's source: api libs, domain libs (eligibility) and api-core. */
function serverSources(dir = join(ROOT, 'libs')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const isServerLib = !['web', 'ui', 'data-access', 'contracts', 'util'].includes(name);
      return isServerLib && name !== 'node_modules' ? serverSources(path) : [];
    }
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const sources = serverSources();
const codesOf = (pattern: RegExp) =>
  [...new Set(sources.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1])))].sort();
/** Every code with sentences: `'x.y': { vi: …, en: … }` in a catalogue (`registerMessages`). */
const registered = codesOf(/'([a-z][\w-]*(?:\.[\w-]+)+)':\s*\{\s*vi:/g);
/** Every code thrown: `conflict('x.y')`, `new ApiException(409, 'x.y')`, field `['x.y']`… */
const thrown = codesOf(
  /(?:ApiException\(\s*\d+,\s*|(?:conflict|notFound|forbidden|invalidFields)\(\s*|\w+:\s*\[\s*)'([a-z][\w-]*(?:\.[\w-]+)+)'/g,
);

describe('the server message catalogue', () => {
  it('should find the server codes in the source', () => {
    expect(registered.length).toBeGreaterThan(250);
    expect(registered).toEqual(
      expect.arrayContaining([
        'common.validation',
        'validation.maxLength',
        'eligibility.oneAward.pass',
      ]),
    );
  });

  it.each(registered)('should have a Vietnamese and an English text for %s', (code) => {
    expect(hasServerMessage(code)).toBe(true);
    expect(ENGLISH.translations[`srv.${code}`]?.trim()).toBeTruthy();
  });

  it('should have a text for every code the server throws', () => {
    expect(thrown.filter((code) => !registered.includes(code))).toEqual([]);
  });
});

describe('translateServerMessage', () => {
  afterEach(() => clearTranslations());

  it('should fill the parameters of a known code', () => {
    expect(translateServerMessage({ code: 'common.tooDeep', params: { max: 8 } }, 'x')).toBe(
      'Dữ liệu gửi lên lồng nhau quá sâu (tối đa 8 cấp).',
    );
  });

  it('should translate parameters that are messages of their own', () => {
    const ref = {
      code: 'eligibility.beneficiaryKind.blocker',
      params: {
        award: 'Bằng khen',
        kind: { code: 'eligibility.kind.household' },
        kinds: [{ code: 'eligibility.kind.collective' }, { code: 'eligibility.kind.individual' }],
      },
    };
    expect(translateServerMessage(ref, 'x')).toBe(
      '"Bằng khen" không xét tặng cho hộ gia đình (chỉ cho tập thể, cá nhân).',
    );
  });

  it("should show the server's own sentence for a code it does not know", () => {
    const ref = { code: 'future.code', params: { a: 1 } };
    expect(translateServerMessage(ref, 'Câu của máy chủ')).toBe('Câu của máy chủ');
  });

  it("should show the server's own sentence when a parameter its sentence needs is missing", () => {
    expect(translateServerMessage({ code: 'common.tooDeep' }, 'Quá sâu')).toBe('Quá sâu');
  });

  it('should answer in English on an English page', () => {
    loadTranslations(ENGLISH.translations);
    const ref = {
      code: 'nominations.blocked',
      params: { reasons: [{ code: 'eligibility.oneAward.pass', params: { year: 2023 } }] },
    };
    expect(translateServerMessage(ref, 'x')).toBe(
      'The nomination is not eligible: No overlapping award in 2023.',
    );
  });
});

describe('translateApiError', () => {
  afterEach(() => clearTranslations());

  it('should translate the message and each field error by its code', () => {
    loadTranslations(ENGLISH.translations);
    const error: ApiError = {
      statusCode: 422,
      code: 'common.validation',
      message: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra từng trường.',
      fieldErrors: { name: ['Không quá 255 ký tự.'], other: ['Lỗi lạ'] },
      fieldErrorCodes: {
        name: [{ code: 'validation.maxLength', params: { max: 255 } }],
        other: [{ code: 'validation.somethingNew' }],
      },
    };
    expect(translateApiError(error)).toEqual({
      ...error,
      message: 'Some fields are not valid; please check each one.',
      fieldErrors: { name: ['Must have at most 255 characters.'], other: ['Lỗi lạ'] },
    });
  });

  it('should keep the field errors of an answer without codes', () => {
    const error: ApiError = {
      statusCode: 422,
      code: 'common.validation',
      message: 'm',
      fieldErrors: { name: ['Không được để trống.'] },
    };
    expect(translateApiError(error).fieldErrors).toEqual({ name: ['Không được để trống.'] });
  });
});
