import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import type { MessageRef, SupportedLanguage } from '@thidua/shared/contracts';

import { assertBodyShape } from '../http/body-shape';
import { cacheValidationMetadata } from '../validation/validation-metadata-cache';
import { hasMessage, localize } from './messages';
import './validation.messages';

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

/** The parameter name of the rules that have an argument (`{min}`, `{max}`, `{values}`). */
const PARAM_NAMES: Record<string, string> = {
  isIn: 'values',
  minLength: 'min',
  min: 'min',
  arrayMinSize: 'min',
  maxLength: 'max',
  max: 'max',
  maxDecimalPlaces: 'max',
  arrayMaxSize: 'max',
};

/** Whether a validation rule has its own message in Vietnamese and English (else its English default shows). */
export function hasValidationMessage(constraint: string): boolean {
  return hasMessage(`validation.${constraint}`);
}

/** Turns class-validator errors into `{ 'a.b': [{ code: 'validation.maxLength', params }, …] }`. */
export function toFieldErrorCodes(
  errors: ValidationError[],
  prefix = '',
): Record<string, FieldErrorRef[]> {
  const out: Record<string, FieldErrorRef[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      out[path] = Object.entries(error.constraints).map(([name, fallback]) =>
        constraintRef(name, fallback),
      );
    }
    if (error.children?.length) Object.assign(out, toFieldErrorCodes(error.children, path));
  }
  return out;
}

/** The same errors as sentences in the given language (class-validator's own for a rule without one). */
export function toFieldErrors(
  errors: ValidationError[],
  lang: SupportedLanguage,
): Record<string, string[]> {
  return fieldErrorTexts(toFieldErrorCodes(errors), lang);
}

/** Field error codes as sentences in the given language. */
export function fieldErrorTexts(
  codes: Record<string, FieldErrorRef[]>,
  lang: SupportedLanguage,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(codes).map(([path, refs]) => [
      path,
      refs.map((ref) =>
        hasMessage(ref.code) || !ref.fallback ? localize(ref.code, lang, ref.params) : ref.fallback,
      ),
    ]),
  );
}

/** A field error: its code and parameters, and the text to show when the code has no sentence. */
export interface FieldErrorRef extends MessageRef {
  fallback?: string;
}

function constraintRef(name: string, fallback: string): FieldErrorRef {
  const param = PARAM_NAMES[name];
  const [arg] = extractArgs(name, fallback);
  return {
    code: `validation.${name}`,
    ...(param && arg !== undefined ? { params: { [param]: numberOrText(arg) } } : {}),
    fallback,
  };
}

const numberOrText = (arg: string) => (/^-?\d+(\.\d+)?$/.test(arg) ? Number(arg) : arg);

/** class-validator puts its arguments only in the English default; pull the numbers back out. */
function extractArgs(name: string, fallback: string): string[] {
  if (name === 'isIn') {
    const m = /following values: (.*)$/.exec(fallback);
    return m ? [m[1]] : [];
  }
  const numbers = fallback.match(/-?\d+(\.\d+)?/g);
  return numbers ?? [];
}
