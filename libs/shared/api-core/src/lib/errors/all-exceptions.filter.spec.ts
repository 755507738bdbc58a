import type { ArgumentsHost } from '@nestjs/common';
import { NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

import { AllExceptionsFilter, isConnectionError } from './all-exceptions.filter';
import { ApiException, invalidFields } from './api.exception';
import { registerMessages } from './messages';
import { FieldValidationException } from './validation';

function run(exception: unknown, acceptLanguage = 'vi') {
  const response = { headersSent: false, statusCode: 0, body: undefined as unknown };
  const res = {
    headersSent: false,
    status(code: number) {
      response.statusCode = code;
      return this;
    },
    json(body: unknown) {
      response.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({
        headers: { 'accept-language': acceptLanguage },
        method: 'GET',
        originalUrl: '/x',
      }),
      getResponse: () => res,
    }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return response;
}

function pgError(code: string) {
  return new QueryFailedError('SELECT 1', [], Object.assign(new Error('pg'), { code }));
}

describe('AllExceptionsFilter', () => {
  it('should answer ApiException with its code and a localised message', () => {
    const out = run(new ApiException(409, 'common.staleVersion'), 'en');
    expect(out).toEqual(
      expect.objectContaining({
        statusCode: 409,
        body: {
          statusCode: 409,
          code: 'common.staleVersion',
          message: 'Someone else changed this record. Reload it and try again.',
        },
      }),
    );
  });

  it('should send the params and the field errors as codes beside the sentences', () => {
    const exception = invalidFields(
      'common.invalidYear',
      { year: ['common.invalidYear'] },
      { min: 2000, max: 2100 },
    );
    expect(run(exception).body).toEqual({
      statusCode: 422,
      code: 'common.invalidYear',
      params: { min: 2000, max: 2100 },
      message: 'Năm không hợp lệ (từ 2000 đến 2100).',
      fieldErrors: { year: ['Năm không hợp lệ (từ 2000 đến 2100).'] },
      fieldErrorCodes: { year: [{ code: 'common.invalidYear', params: { min: 2000, max: 2100 } }] },
    });
  });

  it('should localize params that are messages of their own', () => {
    registerMessages({
      'test.outer': { vi: 'Lý do: {reasons}', en: 'Because: {reasons}' },
      'test.inner': { vi: 'Thiếu {n} mục.', en: '{n} items missing.' },
    });
    const reasons = [
      { code: 'test.inner', params: { n: 2 } },
      { code: 'test.inner', params: { n: 3 } },
    ];
    const exception = new ApiException(422, 'test.outer', { reasons });
    expect(run(exception, 'en').body).toEqual(
      expect.objectContaining({
        params: { reasons },
        message: 'Because: 2 items missing. 3 items missing.',
      }),
    );
  });

  it('should send the validation errors as codes with named params', () => {
    const exception = new FieldValidationException([
      {
        property: 'name',
        constraints: { maxLength: 'name must be shorter than or equal to 5 characters' },
      },
      { property: 'kind', constraints: { someNewRule: 'kind is odd' } },
    ]);
    expect(run(exception, 'en').body).toEqual({
      statusCode: 422,
      code: 'common.validation',
      message: 'Some fields are not valid; please check each one.',
      fieldErrors: { name: ['Must have at most 5 characters.'], kind: ['kind is odd'] },
      fieldErrorCodes: {
        name: [{ code: 'validation.maxLength', params: { max: 5 } }],
        kind: [{ code: 'validation.someNewRule' }],
      },
    });
  });

  it.each([
    ['23505', 409],
    ['23503', 409],
    ['22P02', 400],
  ])('should map PostgreSQL error %s to %i, never 500', (code, status) => {
    expect(run(pgError(code)).statusCode).toBe(status);
  });

  it.each([
    [
      'ECONNREFUSED',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['ECONNRESET', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['57P01 (admin shutdown)', pgError('57P01')],
    ['57P02 (crash shutdown)', pgError('57P02')],
    ['57P03 (cannot connect now)', pgError('57P03')],
    ['08006 (connection failure)', pgError('08006')],
    ['08P01 (protocol violation)', pgError('08P01')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['a terminated connection', new Error('Connection terminated unexpectedly')],
    [
      'a wrapped cause',
      new Error('query failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      }),
    ],
  ])('should answer 503 common.databaseUnavailable, never 500, for %s', (_, error) => {
    expect(isConnectionError(error)).toBe(true);
    const out = run(error);
    expect(out.statusCode).toBe(503);
    expect(out.body).toEqual({
      statusCode: 503,
      code: 'common.databaseUnavailable',
      message: 'Hệ thống tạm thời không truy cập được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
    });
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['a plain error', new Error('boom')],
    ['a string', 'ECONNREFUSED'],
  ])('should not take %s for a lost database', (_, error) => {
    expect(isConnectionError(error)).toBe(false);
  });

  it('should answer Nest HTTP exceptions in the same shape', () => {
    const out = run(new NotFoundException());
    expect(out.body).toEqual({
      statusCode: 404,
      code: 'common.notFound',
      message: 'Không tìm thấy dữ liệu yêu cầu.',
    });
  });

  it('should answer 500 for a value too long for its column (22001): a server bug, not bad input', () => {
    const out = run(pgError('22001'));
    expect(out.statusCode).toBe(500);
    expect(out.body).toEqual(expect.objectContaining({ code: 'common.internal' }));
    expect(out.body).not.toHaveProperty('fieldErrors');
  });

  it('should hide the details of unexpected errors behind 500', () => {
    const out = run(new Error('secret stack detail'));
    expect(out.statusCode).toBe(500);
    expect(JSON.stringify(out.body)).not.toContain('secret');
  });
});
