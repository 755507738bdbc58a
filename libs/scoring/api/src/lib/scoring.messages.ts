import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'scoring.sheetNotFound': {
    vi: 'Khối chưa có bảng tiêu chí chấm điểm năm {year}.',
    en: 'The bloc has no score sheet for {year}.',
  },
  'scoring.sheetExists': {
    vi: 'Khối đã có bảng tiêu chí chấm điểm năm {year}.',
    en: 'The bloc already has a score sheet for {year}.',
  },
  'scoring.noPreviousSheet': {
    vi: 'Khối không có bảng tiêu chí chấm điểm năm {year} để sao chép.',
    en: 'The bloc has no score sheet for {year} to copy.',
  },
  'scoring.noPledge': {
    vi: 'Khối chưa có bản giao ước thi đua năm {year} để lấy chỉ tiêu.',
    en: 'The bloc has no pledge for {year} to take targets from.',
  },
  'scoring.noPledgeTargets': {
    vi: 'Bản giao ước năm {year} chưa có nội dung giao ước hay chỉ tiêu nào.',
    en: 'The {year} pledge has no commitments or targets.',
  },
  'scoring.noMembers': {
    vi: 'Khối chưa có thành viên năm {year}: hãy đăng ký thành viên trước.',
    en: 'The bloc has no members in {year}: register them first.',
  },
  'scoring.sheetInUse': {
    vi: 'Đã có đơn vị nộp bảng tự chấm, không thể sửa tiêu chí nữa.',
    en: 'A unit has already submitted its scores, so the criteria can no longer change.',
  },
  'scoring.locked': {
    vi: 'Bảng điểm đã được hội nghị thống nhất hoặc đã khóa, không thể thay đổi.',
    en: 'The score table has been agreed or locked and cannot change.',
  },
  'scoring.notEditable': {
    vi: 'Bảng tự chấm đang ở trạng thái "{status}", đơn vị không sửa được.',
    en: 'The score card is "{status}", so the unit cannot change it.',
  },
  'scoring.notAdjustable': {
    vi: 'Chỉ điều chỉnh điểm khi đơn vị đã nộp và chưa thẩm định xong.',
    en: 'Scores can be adjusted only after the unit submits and before the check is done.',
  },
  'scoring.aboveMax': {
    vi: 'Điểm vượt quá điểm tối đa của mục chấm.',
    en: 'The points exceed the maximum of the item.',
  },
  'scoring.negative': { vi: 'Điểm không được âm.', en: 'Points cannot be negative.' },
  'scoring.notHundredths': {
    vi: 'Điểm chỉ lấy đến hai chữ số thập phân.',
    en: 'Points have at most two decimals.',
  },
  'scoring.unknownItem': {
    vi: 'Mục chấm không thuộc bảng tiêu chí của khối.',
    en: 'The item is not part of the bloc’s sheet.',
  },
  'scoring.invalidPoints': {
    vi: 'Có điểm không hợp lệ, xem từng mục.',
    en: 'Some points are not valid; see each item.',
  },
  'scoring.incomplete': {
    vi: 'Còn {count} tiêu chí chưa chấm; chấm đủ mọi tiêu chí trước khi nộp.',
    en: '{count} criteria are not scored yet; score every criterion before submitting.',
  },
  'scoring.notScored': { vi: 'Tiêu chí chưa chấm.', en: 'Not scored.' },
  'scoring.invalidTransition': {
    vi: 'Không thể "{action}" bảng điểm đang ở trạng thái "{status}".',
    en: 'Cannot "{action}" a score card that is "{status}".',
  },
  'scoring.reasonRequired': {
    vi: 'Cần ghi rõ lý do trả lại.',
    en: 'A reason is required to return the card.',
  },
  'scoring.ownUnitOnly': {
    vi: 'Đơn vị chỉ tự chấm điểm cho chính đơn vị mình.',
    en: 'A unit scores only itself.',
  },
  'scoring.ownSheet': {
    vi: 'Đơn vị không thẩm định bảng điểm của chính mình (bảng của Trưởng khối do Phó khối thẩm định).',
    en: 'A unit never checks its own card (the head’s card goes to the deputy).',
  },
  'scoring.notChecker': {
    vi: 'Chỉ đơn vị Trưởng khối, Phó khối năm {year} thẩm định bảng điểm.',
    en: 'Only the head and deputy units of {year} check score cards.',
  },
  'scoring.notMember': {
    vi: 'Đơn vị không phải thành viên của khối trong năm {year}.',
    en: 'The unit is not a member of the bloc in {year}.',
  },
  'scoring.notAllChecked': {
    vi: 'Còn {count} đơn vị chưa được thẩm định: chỉ thống nhất bảng điểm khi mọi đơn vị đã được thẩm định.',
    en: '{count} units are not checked yet: the table is agreed only when every card is checked.',
  },
  'scoring.notAgreed': {
    vi: 'Chỉ khóa bảng điểm sau khi hội nghị đã thống nhất.',
    en: 'The table is locked only after the conference agrees it.',
  },
  'scoring.criteriaNotScale': {
    vi: 'Tổng điểm tối đa của các tiêu chí ({sum}) phải bằng thang điểm ({scale}).',
    en: 'The criteria’s maxima add up to {sum}, not the scale of {scale}.',
  },
  'scoring.emptyGroup': {
    vi: 'Mỗi nhóm phải có ít nhất một tiêu chí.',
    en: 'Every group needs at least one criterion.',
  },
  'scoring.noCriteria': { vi: 'Bảng chưa có tiêu chí nào.', en: 'The sheet has no criteria.' },
  'scoring.duplicateTieBreak': {
    vi: 'Mỗi tiêu chí phụ chỉ chọn một lần.',
    en: 'Each tie-break may be chosen once.',
  },
  'scoring.unknownId': {
    vi: 'Mục không thuộc bảng tiêu chí này.',
    en: 'The item does not belong to this sheet.',
  },
  'scoring.invalidSheet': {
    vi: 'Bảng tiêu chí chưa hợp lệ, xem từng mục.',
    en: 'The sheet is not valid; see each field.',
  },
  'scoring.evidenceNotFound': {
    vi: 'Không tìm thấy minh chứng của bảng điểm này.',
    en: 'Evidence not found on this card.',
  },
});
