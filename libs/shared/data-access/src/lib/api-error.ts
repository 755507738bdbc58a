import { HttpErrorResponse } from '@angular/common/http';

import type { ApiError } from '@thidua/shared/contracts';

import { translateApiError } from './server-messages/server-message';

/** Whether a value looks like the API's error body. */
export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).statusCode === 'number' &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

/**
 * Turns anything an HTTP call can fail with into an `ApiError`, so pages have one shape to show,
 * with its message and field errors in the page's language (`translateApiError`). Network
 * failures (status 0) and bodies that are not `ApiError` get a localized generic message.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    if (isApiError(error.error)) return translateApiError(error.error);
    if (error.status === 0) {
      return {
        statusCode: 0,
        code: 'common.network',
        message: $localize`:@@errorNetwork:Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.`,
      };
    }
    return {
      statusCode: error.status,
      code: error.status >= 500 ? 'common.internal' : 'common.unknown',
      message: $localize`:@@errorUnexpected:Đã xảy ra lỗi. Vui lòng thử lại sau.`,
    };
  }
  if (isApiError(error)) return translateApiError(error);
  return {
    statusCode: 0,
    code: 'common.unknown',
    message: $localize`:@@errorUnexpected:Đã xảy ra lỗi. Vui lòng thử lại sau.`,
  };
}
