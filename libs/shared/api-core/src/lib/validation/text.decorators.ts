import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { normalizeText } from '@thidua/shared/util';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Refuses control characters (newlines and tabs are allowed in long text). */
export function NoControlCharacters(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'noControlCharacters',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !CONTROL_CHARACTERS.test(value),
      },
    });
}

/** Trims, collapses spaces and normalises to NFC, so NFC and NFD spellings are one name. */
export const NormalizeText = () =>
  Transform(({ value }) => (typeof value === 'string' ? normalizeText(value) : value));

/**
 * Lines printed one under the other (an agency's header lines): each line trimmed with single
 * spaces and in NFC, blank lines dropped, the line breaks kept.
 */
export const NormalizeLines = () =>
  Transform(({ value }) =>
    typeof value === 'string'
      ? value.split(/\r?\n/).map(normalizeText).filter(Boolean).join('\n')
      : value,
  );

/** NFC only (keeps line breaks), for long text such as descriptions. */
export const NormalizeNfc = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value));

/** Transform for optional text: an empty or blank string becomes null, so the field can be cleared. */
export const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

/** Transform for lists of text: each item trimmed and in NFC. */
export const nfcList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.normalize('NFC').trim() : v))
    : value;
