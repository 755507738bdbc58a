import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'reports.blocNotFound': { vi: 'Không tìm thấy khối, cụm thi đua.', en: 'Bloc not found.' },
  'reports.movementNotFound': {
    vi: 'Không tìm thấy phong trào thi đua.',
    en: 'Movement not found.',
  },
  'reports.unitNotFound': { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  'reports.personNotFound': { vi: 'Không tìm thấy cá nhân.', en: 'Person not found.' },
  'reports.blocRequired': {
    vi: 'Chọn một khối, cụm thi đua để xem báo cáo theo đơn vị.',
    en: 'Choose a bloc to report by unit.',
  },
  'mail.notConfigured': {
    vi: 'Chưa cấu hình máy chủ thư (SMTP_URL) nên không gửi được thư.',
    en: 'No mail server is configured (SMTP_URL), so no mail can be sent.',
  },
});
