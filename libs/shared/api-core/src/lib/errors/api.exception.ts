import { HttpException } from '@nestjs/common';

/**
 * An error with a stable code. Services throw it; the filter turns it into
 * `{statusCode, code, message, fieldErrors?}` in the request's language.
 */
export class ApiException extends HttpException {
  /** More properties for the error body (e.g. an import's row report). */
  extra?: Record<string, unknown>;

  constructor(
    status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrorCodes?: Record<string, string[]>,
  ) {
    super(code, status);
  }
}

export const notFound = (code = 'common.notFound', params?: Record<string, unknown>) =>
  new ApiException(404, code, params);
export const conflict = (code: string, params?: Record<string, unknown>) =>
  new ApiException(409, code, params);
export const forbidden = (code = 'common.forbidden', params?: Record<string, unknown>) =>
  new ApiException(403, code, params);

/** A 422 for one or more fields: `invalidField('username', 'users.usernameTaken')`. */
export function invalidFields(
  code: string,
  fields: Record<string, string[]>,
  params?: Record<string, unknown>,
): ApiException {
  return new ApiException(422, code, params, fields);
}
