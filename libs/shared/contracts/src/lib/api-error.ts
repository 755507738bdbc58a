/**
 * A server message as data: a stable code and the values of its `{name}` placeholders. A
 * parameter may itself be a `MessageRef` (or a list of them), e.g. a kind or the reasons of a
 * refusal; it is translated with the message. The web shows it in the page's language.
 */
export interface MessageRef {
  code: string;
  params?: MessageParams;
}

export type MessageParam = string | number | boolean | null | MessageRef | MessageRef[];
export type MessageParams = Record<string, MessageParam>;

/**
 * Fills a sentence's `{name}` placeholders from `params` (an unknown one stays as it is), with
 * `translate` for the parameters that are messages of their own.
 */
export function fillMessage(
  template: string,
  params: Readonly<Record<string, unknown>>,
  translate: (ref: MessageRef) => string,
): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    params[key] === undefined ? `{${key}}` : messageParamText(params[key], translate),
  );
}

/** The one error shape every endpoint answers with (STYLE.md §5). */
export interface ApiError {
  statusCode: number;
  /** Stable machine code, e.g. `auth.invalidCredentials`; the web translates it. */
  code: string;
  /** The values of the code's placeholders (absent when it has none). */
  params?: MessageParams;
  /** A human sentence in the request's language (Vietnamese unless `Accept-Language: en`). */
  message: string;
  /** Field-by-field messages for validation errors (422). Keys are dotted paths. */
  fieldErrors?: Record<string, string[]>;
  /** The same field errors as codes and parameters, in the same order as `fieldErrors`. */
  fieldErrorCodes?: Record<string, MessageRef[]>;
}

/** Whether a message parameter is a message of its own (translated with its parent). */
export function isMessageRef(value: unknown): value is MessageRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as MessageRef).code === 'string'
  );
}

/**
 * A parameter as text: a `MessageRef` through `translate`, a list of them joined (with a space
 * when every item is a sentence, else with a comma), anything else as a string.
 */
export function messageParamText(value: unknown, translate: (ref: MessageRef) => string): string {
  if (isMessageRef(value)) return translate(value);
  if (Array.isArray(value)) {
    const texts = value.map((v) => messageParamText(v, translate));
    return texts.join(texts.every((t) => /[.!?]$/.test(t)) ? ' ' : ', ');
  }
  return value === undefined || value === null ? '' : String(value);
}

export type SupportedLanguage = 'vi' | 'en';

/**
 * The 403 code for an account that must change its password first: until then it may only change
 * it, sign out and read its own session (`/auth/me`).
 */
export const PASSWORD_CHANGE_REQUIRED = 'auth.passwordChangeRequired';
