import { ELIGIBILITY_MESSAGES } from '@thidua/awards/domain';
import { registerMessages } from '@thidua/shared/api-core';

registerMessages(ELIGIBILITY_MESSAGES);

registerMessages({
  'awards.notFound': {
    vi: 'Không tìm thấy danh hiệu, hình thức khen thưởng.',
    en: 'Award not found.',
  },
  'awards.codeTaken': { vi: 'Mã "{code}" đã được dùng.', en: 'The code "{code}" is already used.' },
  'awards.versionOverlap': {
    vi: 'Đã có quy định áp dụng từ ngày {date}.',
    en: 'Rules already apply from {date}.',
  },
  'awards.versionNotFound': {
    vi: 'Không tìm thấy phiên bản quy định.',
    en: 'Rule version not found.',
  },
  'people.notFound': { vi: 'Không tìm thấy cá nhân.', en: 'Person not found.' },
  'households.notFound': { vi: 'Không tìm thấy hộ gia đình.', en: 'Household not found.' },
  'beneficiary.notFound': {
    vi: 'Không tìm thấy đối tượng được đề nghị.',
    en: 'The beneficiary does not exist.',
  },
  'beneficiary.otherUnit': {
    vi: 'Chỉ quản lý cá nhân, hộ gia đình thuộc đơn vị của mình.',
    en: 'You can manage only people and households of your own unit.',
  },
  'history.notFound': { vi: 'Không tìm thấy bản ghi khen thưởng.', en: 'Award record not found.' },
  'history.duplicate': {
    vi: 'Đối tượng đã có "{award}" năm {year}.',
    en: 'The beneficiary already has "{award}" for {year}.',
  },
  'import.unknownAward': {
    vi: 'Không có danh hiệu, hình thức mã "{value}".',
    en: 'There is no award with code "{value}".',
  },
  'import.unknownUnit': {
    vi: 'Không có đơn vị mã "{value}".',
    en: 'There is no unit with code "{value}".',
  },
  'import.badKind': {
    vi: 'Loại đối tượng phải là Tập thể, Cá nhân hoặc Hộ gia đình.',
    en: 'The beneficiary kind must be Tập thể, Cá nhân or Hộ gia đình.',
  },
  'import.missingField': { vi: 'Thiếu {field}.', en: '{field} is missing.' },
  'import.badDate': {
    vi: 'Ngày không hợp lệ (ngày/tháng/năm): "{value}".',
    en: 'Not a valid date (dd/mm/yyyy): "{value}".',
  },
  'import.duplicateRow': { vi: 'Trùng với dòng {other}.', en: 'Repeats row {other}.' },
  'import.alreadyAwarded': {
    vi: 'Đã có trong lịch sử khen thưởng.',
    en: 'Already in the award history.',
  },
  'nominations.notFound': {
    vi: 'Không tìm thấy đề nghị khen thưởng.',
    en: 'Nomination not found.',
  },
  'nominations.invalidTransition': {
    vi: 'Không thể thực hiện "{action}" với đề nghị đang ở trạng thái "{status}".',
    en: 'Cannot "{action}" a nomination that is "{status}".',
  },
  'nominations.blocked': {
    vi: 'Đề nghị chưa đủ điều kiện: {reasons}',
    en: 'The nomination is not eligible: {reasons}',
  },
  'nominations.notEditable': {
    vi: 'Chỉ sửa được đề nghị ở trạng thái nháp hoặc bị trả lại.',
    en: 'Only draft or returned nominations can be edited.',
  },
  'nominations.reasonRequired': { vi: 'Cần ghi rõ lý do.', en: 'A reason is required.' },
  'nominations.voteRequired': {
    vi: 'Cần nhập kết quả bỏ phiếu.',
    en: 'The vote result is required.',
  },
  'nominations.voteNotPassed': {
    vi: 'Đề nghị không đạt khi bỏ phiếu nên không thể gửi lên tỉnh.',
    en: 'The nomination did not pass the vote, so it cannot be sent on.',
  },
  'nominations.decisionRequired': {
    vi: 'Cần số và ngày quyết định khen thưởng.',
    en: 'The decision number and date are required.',
  },
  'nominations.notProposer': {
    vi: 'Chỉ đơn vị đề nghị mới thao tác được với đề nghị này.',
    en: 'Only the proposing unit can do this.',
  },
  'nominations.beneficiaryKindMismatch': {
    vi: 'Đối tượng không đúng loại đã chọn.',
    en: 'The beneficiary is not of the chosen kind.',
  },
  'nominations.overrideOnlyAdmin': {
    vi: 'Chỉ quản trị viên được bỏ qua điều kiện chặn, và phải ghi lý do.',
    en: 'Only an administrator may override a blocker, with a reason.',
  },
});
