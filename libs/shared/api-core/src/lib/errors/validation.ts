import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import type { SupportedLanguage } from '@thidua/shared/contracts';

import { assertBodyShape } from '../http/body-shape';
import { cacheValidationMetadata } from '../validation/validation-metadata-cache';

/** Raised by the global pipe; the filter localises it with the request's language. */
export class FieldValidationException extends BadRequestException {
  constructor(readonly errors: ValidationError[]) {
    super('common.validation');
  }
}

/**
 * Every string of a body, query or path in Unicode NFC, nested ones too, so that a name typed in NFD
 * (as some keyboards and pasted PDFs send it) is the same name as its NFC spelling: equal when
 * stored, found by search and caught as a duplicate. Buffers (uploaded files) are left alone.
 */
export function toNfc(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value))
    return value;
  if (Array.isArray(value)) return value.map((v) => toNfc(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = toNfc(v, depth + 1);
  return out;
}

/**
 * The global pipe: the shape of bodies and queries (depth, length, prototype keys: a multipart
 * form's fields and a query string too, whatever parsed them), NFC, then class-validator
 * (whitelist, unknown fields refused).
 */
class AppValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') assertBodyShape(value);
    const input = ['body', 'query', 'param'].includes(metadata.type) ? toNfc(value) : value;
    return super.transform(input, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: true,
    exceptionFactory: (errors) => new FieldValidationException(errors),
  });
}

type Template = { vi: string; en: string };
const CONSTRAINTS: Record<string, Template> = {
  whitelistValidation: {
    vi: 'Trường này không được phép gửi lên.',
    en: 'This field is not allowed.',
  },
  isNotEmpty: { vi: 'Không được để trống.', en: 'Must not be empty.' },
  isDefined: { vi: 'Bắt buộc phải có.', en: 'Is required.' },
  isString: { vi: 'Phải là chuỗi ký tự.', en: 'Must be text.' },
  isInt: { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  isNumber: { vi: 'Phải là số.', en: 'Must be a number.' },
  isBoolean: { vi: 'Phải là đúng/sai.', en: 'Must be true or false.' },
  isUuid: { vi: 'Mã định danh không hợp lệ.', en: 'Must be a valid id.' },
  isEmail: { vi: 'Địa chỉ email không hợp lệ.', en: 'Must be a valid email address.' },
  isIn: { vi: 'Giá trị không nằm trong danh sách cho phép: {0}.', en: 'Must be one of: {0}.' },
  isEnum: {
    vi: 'Giá trị không nằm trong danh sách cho phép.',
    en: 'Must be one of the allowed values.',
  },
  minLength: { vi: 'Cần ít nhất {0} ký tự.', en: 'Must have at least {0} characters.' },
  maxLength: { vi: 'Không quá {0} ký tự.', en: 'Must have at most {0} characters.' },
  min: { vi: 'Không được nhỏ hơn {0}.', en: 'Must not be less than {0}.' },
  max: { vi: 'Không được lớn hơn {0}.', en: 'Must not be greater than {0}.' },
  matches: { vi: 'Không đúng định dạng.', en: 'Has the wrong format.' },
  isDateString: {
    vi: 'Ngày không hợp lệ (định dạng yyyy-MM-dd).',
    en: 'Must be a date (yyyy-MM-dd).',
  },
  // class-validator names the rule of @IsISO8601 "isIso8601".
  isIso8601: {
    vi: 'Thời điểm không hợp lệ (ISO 8601, ví dụ 2026-12-31T23:59:59+07:00).',
    en: 'Must be an ISO 8601 date-time (e.g. 2026-12-31T23:59:59+07:00).',
  },
  maxDecimalPlaces: {
    vi: 'Không quá {0} chữ số thập phân.',
    en: 'Must have at most {0} decimal places.',
  },
  isArray: { vi: 'Phải là danh sách.', en: 'Must be a list.' },
  arrayMinSize: { vi: 'Danh sách cần ít nhất {0} phần tử.', en: 'Must have at least {0} items.' },
  arrayMaxSize: { vi: 'Danh sách không quá {0} phần tử.', en: 'Must have at most {0} items.' },
  isApprovalMap: {
    vi: 'Mỗi đề nghị phải có một lựa chọn: đồng ý, không đồng ý hoặc không biểu quyết.',
    en: 'Each nomination needs one choice: agree, disagree or abstain.',
  },
  isNotesMap: {
    vi: 'Mỗi ghi chú gắn với một đề nghị và không quá 500 ký tự.',
    en: 'Each note belongs to a nomination and has at most 500 characters.',
  },
  isPrerequisiteList: {
    vi: 'Điều kiện tiên quyết không hợp lệ (tối đa 10 điều kiện, mỗi điều kiện đúng một dạng cho phép).',
    en: 'Invalid prerequisites (at most 10, each of an allowed shape).',
  },
  arrayUnique: { vi: 'Danh sách có phần tử trùng nhau.', en: 'Must not repeat items.' },
  isObject: { vi: 'Phải là một đối tượng.', en: 'Must be an object.' },
  noControlCharacters: {
    vi: 'Có ký tự điều khiển không hợp lệ.',
    en: 'Contains control characters.',
  },
  isStrongPassword: {
    vi: 'Mật khẩu cần ít nhất 8 ký tự, gồm cả chữ và số.',
    en: 'Passwords need at least 8 characters with letters and digits.',
  },
};

/** Turns class-validator errors into `{ 'a.b': ['message', …] }` in the given language. */
/** Whether a validation rule has its own message in Vietnamese and English (else its English default shows). */
export function hasValidationMessage(constraint: string): boolean {
  return constraint in CONSTRAINTS;
}

export function toFieldErrors(
  errors: ValidationError[],
  lang: SupportedLanguage,
  prefix = '',
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      out[path] = Object.entries(error.constraints).map(([name, fallback]) =>
        constraintMessage(name, fallback, lang),
      );
    }
    if (error.children?.length) Object.assign(out, toFieldErrors(error.children, lang, path));
  }
  return out;
}

function constraintMessage(name: string, fallback: string, lang: SupportedLanguage): string {
  const template = CONSTRAINTS[name];
  if (!template) return fallback;
  const args = extractArgs(name, fallback);
  return template[lang].replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/** class-validator puts its arguments only in the English default; pull the numbers back out. */
function extractArgs(name: string, fallback: string): string[] {
  if (name === 'isIn') {
    const m = /following values: (.*)$/.exec(fallback);
    return m ? [m[1]] : [];
  }
  const numbers = fallback.match(/-?\d+(\.\d+)?/g);
  return numbers ?? [];
}
