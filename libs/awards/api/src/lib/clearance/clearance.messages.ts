import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'clearance.notFound': {
    vi: 'Không tìm thấy đợt xác nhận, hiệp y (hoặc không gửi cho cơ quan của bạn).',
    en: 'Clearance or concurrence request not found (or not sent to your office).',
  },
  'clearance.notAnOffice': {
    vi: 'Chỉ tài khoản của cơ quan xác nhận mới trả lời được.',
    en: 'Only a clearance office account can answer.',
  },
  'clearance.nomineesRequired': {
    vi: 'Chọn danh sách đề nghị hoặc ít nhất một hồ sơ đề nghị.',
    en: 'Choose an award list or at least one nomination.',
  },
  'clearance.awardListNotFound': {
    vi: 'Không tìm thấy danh sách đề nghị có đối tượng trong năm này.',
    en: 'No award list with nominees in this year.',
  },
  'clearance.badNominations': {
    vi: 'Có hồ sơ đề nghị không tồn tại, khác năm, còn là bản nháp hoặc đã có quyết định.',
    en: 'A nomination does not exist, is of another year, is a draft or already decided.',
  },
  'clearance.officeNotFound': {
    vi: 'Có cơ quan không tồn tại hoặc đã ngừng hoạt động.',
    en: 'An office does not exist or is archived.',
  },
  'clearance.dueDatePast': {
    vi: 'Hạn trả lời không được trước hôm nay.',
    en: 'The due date cannot be before today.',
  },
  'clearance.nominationNotFound': {
    vi: 'Không tìm thấy hồ sơ đề nghị.',
    en: 'Nomination not found.',
  },
  'clearance.blocked': {
    vi: 'Chưa thể ra quyết định: {count} đối tượng còn ý kiến phản đối hoặc cơ quan chưa trả lời khi đã quá hạn ({names}). Hội đồng có thể cho qua từng người kèm lý do.',
    en: 'No decision yet: {count} nominee(s) have an open objection or an office that has not answered by its due date ({names}). The council may override each with a reason.',
  },
});
