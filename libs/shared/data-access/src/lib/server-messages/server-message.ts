import { type ApiError, type MessageRef, messageParamText } from '@thidua/shared/contracts';

import { SERVER_MESSAGES } from './server-messages.catalogue';

/**
 * The one translator of server messages: a code and its parameters as a sentence in the page's
 * language (parameters that are messages of their own are translated too). A code the web does
 * not know yet, or an answer without a parameter its sentence needs, shows `fallback`, the
 * server's own sentence.
 */
export function translateServerMessage(ref: MessageRef, fallback: string): string {
  const text = Object.hasOwn(SERVER_MESSAGES, ref.code) ? SERVER_MESSAGES[ref.code] : undefined;
  if (!text) return fallback;
  const params: Record<string, string> = Object.fromEntries(
    Object.entries(ref.params ?? {}).map(([name, value]) => [
      name,
      messageParamText(value, (inner) => translateServerMessage(inner, inner.code)),
    ]),
  );
  let isMissing = false;
  const sentence = text(
    new Proxy(params, {
      get: (target, name) => {
        if (typeof name === 'string' && Object.hasOwn(target, name)) return target[name];
        isMissing = true;
        return '';
      },
    }),
  );
  return isMissing ? fallback : sentence;
}

/** Whether the web has a sentence for a server code. */
export function hasServerMessage(code: string): boolean {
  return Object.hasOwn(SERVER_MESSAGES, code);
}

/**
 * An API error with its `message` and `fieldErrors` in the page's language (from `code`,
 * `params` and `fieldErrorCodes`); the server's sentences stay where no code is known.
 */
export function translateApiError(error: ApiError): ApiError {
  const message = translateServerMessage({ code: error.code, params: error.params }, error.message);
  const fieldErrors = translateFieldErrors(error);
  return fieldErrors ? { ...error, message, fieldErrors } : { ...error, message };
}

/** An error's `fieldErrors` in the page's language, each from its `fieldErrorCodes` entry. */
export function translateFieldErrors(
  error: Pick<ApiError, 'fieldErrors' | 'fieldErrorCodes'> | null | undefined,
): ApiError['fieldErrors'] {
  const codes = error?.fieldErrorCodes ?? {};
  if (!error?.fieldErrors) return undefined;
  return Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, texts]) => [
      field,
      texts.map((text, i) => {
        const ref = codes[field]?.[i];
        return ref ? translateServerMessage(ref, text) : text;
      }),
    ]),
  );
}
