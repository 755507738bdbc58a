import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ApiError, MessageParams, MessageRef } from '@thidua/shared/contracts';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';

import { ApiException } from './api.exception';
import { localize, pickLanguage } from './messages';
import { FieldValidationException, fieldErrorTexts, toFieldErrorCodes } from './validation';

const STATUS_CODES: Record<number, string> = {
  400: 'common.badRequest',
  401: 'common.unauthorized',
  403: 'common.forbidden',
  404: 'common.notFound',
  409: 'common.conflict',
  413: 'common.payloadTooLarge',
  415: 'common.unsupportedMediaType',
  422: 'common.validation',
  429: 'common.tooManyRequests',
  503: 'common.unavailable',
};

/**
 * PostgreSQL error codes that come from bad input, not from a bug. Not 22001 (value too long for
 * its column): every text field has a length rule in its DTO, so a value too long is the
 * server's own bug (a column too narrow for what it writes), answered 500 and logged.
 */
const PG_CODES: Record<string, { status: number; code: string }> = {
  '23505': { status: 409, code: 'common.conflict' },
  '23503': { status: 409, code: 'common.referenced' },
  '23514': { status: 422, code: 'common.validation' },
  // A required value sent as null that no DTO rule caught.
  '23502': { status: 422, code: 'common.validation' },
  '22P02': { status: 400, code: 'common.badRequest' },
  '22003': { status: 422, code: 'common.validation' },
  '22007': { status: 422, code: 'common.validation' },
  '22008': { status: 422, code: 'common.validation' },
  '40001': { status: 409, code: 'common.conflict' },
  '40P01': { status: 409, code: 'common.conflict' },
};

/**
 * PostgreSQL codes of a server that is gone or refuses work: admin/crash shutdown (57P01,
 * 57P02), starting up (57P03), too many connections (53300) and every connection exception (08xxx).
 */
const PG_UNAVAILABLE = /^(57P0[123]|53300|08...)$/;

/** Node socket errors and pg pool messages of a database that cannot be reached. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

const CONNECTION_ERRORS =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/** The one exception filter: every error leaves as `ApiError` (STYLE.md §5). */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const lang = pickLanguage(request.headers['accept-language']);
    const body = this.toApiError(exception, lang);
    if (body.statusCode >= 500) {
      this.logger.error(
        { err: exception, method: request.method, url: request.originalUrl },
        exception instanceof Error ? exception.message : String(exception),
      );
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown, lang: 'vi' | 'en'): ApiError {
    if (exception instanceof FieldValidationException) {
      const codes = toFieldErrorCodes(exception.errors);
      return {
        statusCode: 422,
        code: 'common.validation',
        message: localize('common.validation', lang),
        fieldErrors: fieldErrorTexts(codes, lang),
        fieldErrorCodes: Object.fromEntries(
          Object.entries(codes).map(([field, refs]) => [
            field,
            refs.map(({ code, params }): MessageRef => (params ? { code, params } : { code })),
          ]),
        ),
      };
    }
    if (exception instanceof ApiException) {
      const params = exception.params as MessageParams;
      const body: ApiError = {
        statusCode: exception.getStatus(),
        code: exception.code,
        ...(Object.keys(params).length ? { params } : {}),
        message: localize(exception.code, lang, params),
      };
      if (exception.extra) Object.assign(body, exception.extra);
      if (exception.fieldErrorCodes) {
        const refs = Object.fromEntries(
          Object.entries(exception.fieldErrorCodes).map(([field, codes]) => [
            field,
            codes.map((code): MessageRef => (body.params ? { code, params } : { code })),
          ]),
        );
        body.fieldErrors = fieldErrorTexts(refs, lang);
        body.fieldErrorCodes = refs;
      }
      return body;
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const code = this.codeForHttpException(exception, statusCode);
      return { statusCode, code, message: localize(code, lang) };
    }
    // Before the PostgreSQL code table: a lost database is never the caller's fault.
    if (isConnectionError(exception)) {
      return {
        statusCode: 503,
        code: 'common.databaseUnavailable',
        message: localize('common.databaseUnavailable', lang),
      };
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const mapped = PG_CODES[pgCode];
      if (mapped) {
        return {
          statusCode: mapped.status,
          code: mapped.code,
          message: localize(mapped.code, lang),
        };
      }
    }
    return { statusCode: 500, code: 'common.internal', message: localize('common.internal', lang) };
  }

  private codeForHttpException(exception: HttpException, status: number): string {
    const response = exception.getResponse() as { message?: unknown } | string;
    const text = typeof response === 'string' ? response : String(response?.message ?? '');
    if (status === 400 && /JSON|Unexpected token|Unexpected end/i.test(text))
      return 'common.malformedJson';
    if (status === 400 && /uuid/i.test(text)) return 'common.invalidId';
    if (status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE)/.test(text))
      return 'common.routeNotFound';
    return STATUS_CODES[status] ?? (status >= 500 ? 'common.internal' : 'common.badRequest');
  }
}

/**
 * True for an error that says the database cannot be reached or is shutting down (socket
 * errors, pool timeouts, PostgreSQL 57P01-57P03, 53300 and class 08), on the error itself, on
 * TypeORM's `driverError` or on a wrapped `cause`.
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  // Duck-typed: socket errors may come from another realm (e.g. a test sandbox), where
  // `instanceof Error` is false.
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const code = String((error as { code?: unknown }).code ?? '');
  if (SOCKET_CODES.has(code) || PG_UNAVAILABLE.test(code)) return true;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && CONNECTION_ERRORS.test(message)) return true;
  const inner = error as { driverError?: unknown; cause?: unknown };
  return (
    isConnectionError(inner.driverError, depth + 1) || isConnectionError(inner.cause, depth + 1)
  );
}
