import { fillMessage, type SupportedLanguage } from '@thidua/shared/contracts';

/**
 * A sentence in each language; `{name}` placeholders are filled from the exception's params (a
 * parameter that is a `MessageRef`, or a list of them, is localized too). The web has the same
 * sentences in its own catalogue (`libs/shared/data-access/src/lib/server-messages`), which a
 * test keeps complete.
 */
export interface LocalizedMessage {
  vi: string;
  en: string;
}

const catalogue = new Map<string, LocalizedMessage>();

/** Each api lib registers the sentences for its error codes once, at import time. */
export function registerMessages(messages: Record<string, LocalizedMessage>): void {
  for (const [code, message] of Object.entries(messages)) catalogue.set(code, message);
}

/** Every registered code with its sentences (the web's catalogue is generated from it). */
export function messageCatalogue(): ReadonlyMap<string, LocalizedMessage> {
  return catalogue;
}

/** Whether a code has its sentences. */
export function hasMessage(code: string): boolean {
  return catalogue.has(code);
}

export function localize(
  code: string,
  lang: SupportedLanguage,
  params: Record<string, unknown> = {},
): string {
  const entry = catalogue.get(code) ?? catalogue.get('common.badRequest');
  const template = entry ? entry[lang] : code;
  return fillMessage(template, params, (ref) => localize(ref.code, lang, ref.params));
}

export function pickLanguage(acceptLanguage: string | string[] | undefined): SupportedLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage[0] : acceptLanguage;
  return header && /^\s*en\b/i.test(header) ? 'en' : 'vi';
}

registerMessages({
  'common.validation': {
    vi: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra từng trường.',
    en: 'Some fields are not valid; please check each one.',
  },
  'common.badRequest': { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  'common.required': { vi: 'Bắt buộc phải có.', en: 'Is required.' },
  'common.unauthorized': {
    vi: 'Bạn cần đăng nhập để tiếp tục.',
    en: 'Please sign in to continue.',
  },
  'common.forbidden': {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  'common.notFound': { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'Not found.' },
  'common.routeNotFound': {
    vi: 'Không có địa chỉ API này.',
    en: 'There is no such API address.',
  },
  'common.conflict': {
    vi: 'Dữ liệu xung đột với dữ liệu đã có.',
    en: 'This conflicts with existing data.',
  },
  'common.staleVersion': {
    vi: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi sửa tiếp.',
    en: 'Someone else changed this record. Reload it and try again.',
  },
  'common.versionRequired': {
    vi: 'Thiếu phiên bản của bản ghi đã đọc. Vui lòng tải lại trang rồi lưu lại.',
    en: 'The version that was read is missing. Reload the page and save again.',
  },
  'common.referenced': {
    vi: 'Dữ liệu đang được tham chiếu ở nơi khác nên không thể thực hiện.',
    en: 'This record is referenced elsewhere, so this cannot be done.',
  },
  'common.tooManyRequests': {
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Please try again in a few minutes.',
  },
  'common.payloadTooLarge': { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  'common.tooDeep': {
    vi: 'Dữ liệu gửi lên lồng nhau quá sâu (tối đa {max} cấp).',
    en: 'The request is nested too deeply (at most {max} levels).',
  },
  'common.tooManyItems': {
    vi: 'Dữ liệu gửi lên có danh sách hoặc đối tượng quá dài (tối đa {max} phần tử).',
    en: 'A list or object of the request is too long (at most {max} items).',
  },
  'common.prototypeKey': {
    vi: 'Dữ liệu gửi lên có tên trường không được phép: {key}.',
    en: 'The request has a field name that is not allowed: {key}.',
  },
  'common.unsupportedMediaType': {
    vi: 'Kiểu dữ liệu gửi lên không được hỗ trợ: hãy gửi JSON (application/json), hoặc multipart/form-data khi tải tệp lên.',
    en: 'This content type is not accepted: send JSON (application/json), or multipart/form-data to upload a file.',
  },
  'common.crossSite': {
    vi: 'Yêu cầu thay đổi dữ liệu gửi từ một trang web khác nên bị từ chối. Vui lòng thao tác trên chính trang của ứng dụng.',
    en: 'A change sent from another website was refused. Please use the application itself.',
  },
  'common.malformedJson': {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  'common.invalidSort': {
    vi: 'Không thể sắp xếp theo trường này.',
    en: 'The list cannot be sorted by this field.',
  },
  'common.invalidYear': {
    vi: 'Năm không hợp lệ (từ {min} đến {max}).',
    en: 'Not a valid year ({min} to {max}).',
  },
  'common.invalidId': { vi: 'Mã định danh không hợp lệ.', en: 'The id is not valid.' },
  'common.unavailable': {
    vi: 'Dịch vụ tạm thời không sẵn sàng. Vui lòng thử lại sau.',
    en: 'The service is temporarily unavailable. Please try again later.',
  },
  'common.databaseUnavailable': {
    vi: 'Hệ thống tạm thời không truy cập được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
    en: 'The database is temporarily unavailable. Please try again in a few minutes.',
  },
  'common.internal': {
    vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
    en: 'Something went wrong. Please try again or contact the administrator.',
  },
});
