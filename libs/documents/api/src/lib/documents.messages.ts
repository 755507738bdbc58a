import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'awardLists.notFound': {
    vi: 'Không tìm thấy danh sách đề nghị khen thưởng.',
    en: 'Award list not found.',
  },
  'awardLists.notDraft': {
    vi: 'Danh sách đã gửi, không thể sửa.',
    en: 'The list has been sent and cannot change.',
  },
  'awardLists.notSent': { vi: 'Danh sách chưa gửi lên tỉnh.', en: 'The list has not been sent.' },
  'awardLists.notDecided': {
    vi: 'Danh sách chưa có quyết định khen thưởng.',
    en: 'The list has no decision yet.',
  },
  'awardLists.empty': { vi: 'Danh sách chưa có đối tượng nào.', en: 'The list is empty.' },
  'awardLists.notPassed': {
    vi: 'Chỉ gửi các đề nghị đã bỏ phiếu đạt.',
    en: 'Only nominations that passed their vote can be sent.',
  },
  'awardLists.badNominations': {
    vi: 'Có đề nghị chưa bỏ phiếu đạt, khác năm, khác khối, hoặc đã nằm trong danh sách khác.',
    en: 'A nomination has not passed its vote, is of another year or bloc, or is on another list.',
  },
  'awardLists.notOnList': {
    vi: 'Có đề nghị không thuộc danh sách.',
    en: 'A nomination is not on the list.',
  },
  'awardLists.jobNotFound': { vi: 'Không tìm thấy tệp xuất.', en: 'Export not found.' },
  'exportJobs.failed': {
    vi: 'Không tạo được tệp sau nhiều lần thử. Vui lòng thử lại sau hoặc báo quản trị viên.',
    en: 'The file could not be made after several attempts. Try again later or tell the administrator.',
  },
});
