import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'auth.apiKeyUnknown': {
    vi: 'Khóa API không hợp lệ.',
    en: 'The API key is not valid.',
  },
  'auth.apiKeyExpired': {
    vi: 'Khóa API đã hết hạn.',
    en: 'The API key has expired.',
  },
  'auth.apiKeyRevoked': {
    vi: 'Khóa API đã bị thu hồi.',
    en: 'The API key has been revoked.',
  },
  'auth.apiKeyRateLimited': {
    vi: 'Khóa API đã dùng hết {limit} yêu cầu mỗi phút. Vui lòng thử lại sau.',
    en: 'The API key has used up its {limit} requests per minute. Please try again later.',
  },
  'auth.scopeDenied': {
    vi: 'Khóa API không có phạm vi "{scope}" cần cho chức năng này.',
    en: 'The API key lacks the scope "{scope}" this needs.',
  },
  'auth.apiKeyRouteDenied': {
    vi: 'Chức năng này không dùng được bằng khóa API.',
    en: 'This cannot be used with an API key.',
  },
  'apiKeys.notFound': { vi: 'Không tìm thấy khóa API.', en: 'API key not found.' },
  'apiKeys.alreadyRevoked': {
    vi: 'Khóa API đã bị thu hồi trước đó.',
    en: 'The API key was already revoked.',
  },
  'apiKeys.nameTaken': {
    vi: 'Tên khóa "{name}" đã được dùng.',
    en: 'The key name "{name}" is already used.',
  },
  'apiKeys.unitRequired': {
    vi: 'Khóa có quyền ghi cần chọn đơn vị mà khóa thay mặt.',
    en: 'A key that writes needs the unit it acts for.',
  },
  'apiKeys.unitNotFound': {
    vi: 'Đơn vị không tồn tại hoặc đã lưu trữ.',
    en: 'The unit does not exist or is archived.',
  },
  'apiKeys.expiryInPast': {
    vi: 'Ngày hết hạn phải ở tương lai.',
    en: 'The expiry must be in the future.',
  },
  'apiKeys.expiryTooFar': {
    vi: 'Khóa API chỉ được có hiệu lực tối đa {days} ngày.',
    en: 'An API key may be valid for at most {days} days.',
  },
});
