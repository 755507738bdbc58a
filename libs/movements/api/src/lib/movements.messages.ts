import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'movements.notFound': { vi: 'Không tìm thấy phong trào thi đua.', en: 'Movement not found.' },
  'movements.invalidTransition': {
    vi: 'Không thể chuyển phong trào từ trạng thái "{from}" bằng thao tác "{action}".',
    en: 'The movement cannot go from "{from}" by "{action}".',
  },
  'movements.endBeforeStart': {
    vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
    en: 'The end date must not be before the start date.',
  },
  'movements.foreignParticipant': {
    vi: 'Chỉ đưa vào phong trào các khối do đơn vị mình làm Thường trực và đơn vị thành viên của các khối đó.',
    en: 'Only the blocs your unit runs as secretariat, and their member units, can take part.',
  },
  'movements.notParticipant': {
    vi: 'Đơn vị không tham gia phong trào này.',
    en: 'The unit does not take part in this movement.',
  },
  'movements.targetNotFound': {
    vi: 'Chỉ tiêu không thuộc phong trào này.',
    en: 'The target is not part of this movement.',
  },
  'movements.targetHasResults': {
    vi: 'Không thể xóa chỉ tiêu đã có đơn vị báo cáo kết quả.',
    en: 'A target that units have reported on cannot be removed.',
  },
  'movements.notLaunched': {
    vi: 'Chỉ báo cáo kết quả khi phong trào đã phát động.',
    en: 'Results can be reported only while the movement is launched.',
  },
  'movements.unknownParticipant': {
    vi: 'Có khối hoặc đơn vị tham gia không tồn tại.',
    en: 'A participating bloc or unit does not exist.',
  },
  'movements.yearOutsideMovement': {
    vi: 'Năm báo cáo phải nằm trong thời gian của phong trào ({from}–{to}).',
    en: 'The year must fall within the movement ({from}–{to}).',
  },
  'movements.participantsOverMembers': {
    vi: 'Số người tham gia không được lớn hơn tổng số cán bộ, đảng viên, người lao động của đơn vị.',
    en: 'Participants cannot outnumber the members of the unit.',
  },
  'movements.notReportable': {
    vi: 'Bạn chỉ báo cáo được cho đơn vị của mình khi đơn vị tham gia phong trào.',
    en: 'You can report only for your own unit, when it takes part in the movement.',
  },
  'movements.modelNotFound': { vi: 'Không tìm thấy mô hình.', en: 'Model not found.' },
  'pledges.notFound': {
    vi: 'Khối chưa có bản giao ước thi đua năm {year}.',
    en: 'The bloc has no pledge for {year}.',
  },
  'pledges.locked': {
    vi: 'Bản giao ước đã khóa vì mọi đơn vị đã ký. Thư ký khối cần mở lại (ghi rõ lý do) trước khi sửa.',
    en: 'The pledge is locked because every unit has signed. The secretariat must reopen it (with a reason) first.',
  },
  'pledges.notLocked': { vi: 'Bản giao ước chưa khóa.', en: 'The pledge is not locked.' },
  'pledges.notMember': {
    vi: 'Đơn vị không phải thành viên của khối trong năm {year}, nên không thể ký.',
    en: 'The unit is not a member of the bloc in {year}, so it cannot sign.',
  },
  'pledges.alreadySigned': {
    vi: '{unit} đã ký bản giao ước ngày {date}.',
    en: '{unit} already signed the pledge on {date}.',
  },
  'pledges.scanRequired': {
    vi: 'Ghi nhận chữ ký trên bản giấy cần đính kèm bản quét.',
    en: 'Recording a paper signature needs the scan attached.',
  },
  'pledges.sectionEmpty': {
    vi: 'Chưa ký được: mục I (nội dung giao ước chung) còn trống. Thư ký khối cần soạn nội dung trước.',
    en: 'Cannot sign yet: section I (the common commitments) is empty. The bloc secretariat must write it first.',
  },
  'pledges.signForOwnUnit': {
    vi: 'Chỉ ký trên ứng dụng cho đơn vị của mình.',
    en: 'You can sign in the app only for your own unit.',
  },
  'pledges.noMembers': {
    vi: 'Khối chưa có thành viên năm {year}: hãy đăng ký thành viên trước.',
    en: 'The bloc has no members in {year}: register them first.',
  },
});
