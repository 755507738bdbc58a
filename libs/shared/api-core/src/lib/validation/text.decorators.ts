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

/** NFC only (keeps line breaks), for long text such as descriptions. */
export const NormalizeNfc = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value));
