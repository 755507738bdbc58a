import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'units.notFound': { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  'units.codeTaken': {
    vi: 'Mã đơn vị "{code}" đã được sử dụng.',
    en: 'The unit code "{code}" is already used.',
  },
  'units.parentNotFound': {
    vi: 'Đơn vị cấp trên không tồn tại.',
    en: 'The parent unit does not exist.',
  },
  'units.parentCycle': {
    vi: 'Không thể chọn đơn vị cấp trên là chính nó hoặc đơn vị cấp dưới của nó.',
    en: 'A unit cannot sit under itself or one of its sub-units.',
  },
  'units.kindNotFound': {
    vi: 'Loại đơn vị không tồn tại hoặc đã ngừng dùng.',
    en: 'The unit kind does not exist or is inactive.',
  },
  'units.referenced': {
    vi: 'Đơn vị đã có dữ liệu liên quan (khối, người dùng, đơn vị cấp dưới) nên chỉ có thể lưu trữ, không thể xóa.',
    en: 'The unit is referenced (blocs, users, sub-units), so it can only be archived, not deleted.',
  },
  'unitKinds.codeTaken': {
    vi: 'Mã loại đơn vị "{code}" đã tồn tại.',
    en: 'The unit kind code "{code}" already exists.',
  },
  'unitKinds.notFound': { vi: 'Không tìm thấy loại đơn vị.', en: 'Unit kind not found.' },
  'blocs.notFound': { vi: 'Không tìm thấy khối, cụm thi đua.', en: 'Bloc not found.' },
  'blocs.nameTaken': {
    vi: 'Tên khối "{name}" đã tồn tại.',
    en: 'A bloc named "{name}" already exists.',
  },
  'blocs.unitInOtherBloc': {
    vi: 'Đơn vị "{unit}" đã thuộc "{bloc}" trong năm {year}. Mỗi đơn vị chỉ thuộc một khối, cụm trong một năm.',
    en: 'The unit "{unit}" is already in "{bloc}" in {year}. A unit belongs to one bloc a year.',
  },
  'blocs.headEqualsDeputy': {
    vi: 'Trưởng khối và Phó khối phải là hai đơn vị khác nhau.',
    en: 'The head and the deputy must be different units.',
  },
  'blocs.leaderNotMember': {
    vi: 'Trưởng khối, Phó khối phải là thành viên đang sinh hoạt của khối trong năm.',
    en: 'The head and the deputy must be current members of the bloc that year.',
  },
  'blocs.leaderCannotBeRemoved': {
    vi: 'Đơn vị "{unit}" đang là Trưởng/Phó khối năm {year}: hãy đổi Trưởng/Phó khối trước, hoặc ghi ngày rời khối.',
    en: 'The unit "{unit}" leads the bloc in {year}: change the head/deputy first, or record the day it left.',
  },
  'blocs.yearNotEmpty': {
    vi: 'Năm {year} đã có danh sách thành viên.',
    en: 'The year {year} already has members.',
  },
  'blocs.nothingToCopy': {
    vi: 'Năm {year} chưa có thành viên để sao chép.',
    en: 'The year {year} has no members to copy.',
  },
  'blocs.archivedUnit': {
    vi: 'Đơn vị "{unit}" đã lưu trữ nên không thể thêm vào khối.',
    en: 'The unit "{unit}" is archived, so it cannot join a bloc.',
  },
  'blocs.dateOutsideYear': {
    vi: 'Ngày hiệu lực phải nằm trong năm {year}.',
    en: 'The effective date must fall within {year}.',
  },
  'blocs.unitNotFound': {
    vi: 'Có đơn vị không tồn tại trong danh sách.',
    en: 'A unit in the list does not exist.',
  },
  'import.missingName': { vi: 'Thiếu tên đơn vị.', en: 'The unit name is missing.' },
  'import.missingCode': { vi: 'Thiếu mã đơn vị.', en: 'The unit code is missing.' },
  'import.duplicateCode': {
    vi: 'Mã đơn vị trùng với dòng {other}.',
    en: 'The code repeats row {other}.',
  },
  'import.codeExists': { vi: 'Mã đơn vị đã có trong hệ thống.', en: 'The code already exists.' },
  'import.unknownKind': {
    vi: 'Không có loại đơn vị "{value}".',
    en: 'There is no unit kind "{value}".',
  },
  'import.unknownParent': {
    vi: 'Không có đơn vị cấp trên mã "{value}".',
    en: 'There is no parent unit with code "{value}".',
  },
  'import.unknownBloc': { vi: 'Không có khối, cụm "{value}".', en: 'There is no bloc "{value}".' },
  'import.badYear': { vi: 'Năm không hợp lệ: "{value}".', en: 'Not a valid year: "{value}".' },
  'import.yearWithoutBloc': {
    vi: 'Có năm nhưng thiếu tên khối.',
    en: 'A year is given without a bloc.',
  },
  'import.blocWithoutYear': {
    vi: 'Có khối nhưng thiếu năm.',
    en: 'A bloc is given without a year.',
  },
  'import.tooLong': { vi: 'Quá {max} ký tự.', en: 'More than {max} characters.' },
  'import.badEmail': { vi: 'Email không hợp lệ.', en: 'Not a valid email.' },
  'import.alreadyInBloc': {
    vi: 'Đơn vị đã thuộc "{bloc}" trong năm {year}.',
    en: 'The unit is already in "{bloc}" in {year}.',
  },
  'unitEvents.notFound': { vi: 'Không tìm thấy sự kiện của đơn vị.', en: 'Unit event not found.' },
  'unitEvents.unitNotFound': {
    vi: 'Có đơn vị được chọn không tồn tại.',
    en: 'One of the chosen units does not exist.',
  },
  'unitEvents.notNewest': {
    vi: 'Chỉ hoàn tác được sự kiện mới nhất của các đơn vị liên quan.',
    en: 'Only the newest event of its units can be undone.',
  },
  'unitEvents.newUnitsInUse': {
    vi: 'Đơn vị được thành lập từ sự kiện này đã có dữ liệu liên quan nên không thể hoàn tác.',
    en: 'A unit this event created is already in use, so the event cannot be undone.',
  },
  'lineage.sourcesRequired': {
    vi: 'Cần chọn đơn vị trước sự kiện.',
    en: 'Choose the units before the event.',
  },
  'lineage.targetsRequired': {
    vi: 'Cần chọn hoặc tạo đơn vị sau sự kiện.',
    en: 'Choose or create the units after the event.',
  },
  'lineage.shape': {
    vi: 'Số đơn vị trước và sau không đúng với loại sự kiện (hợp nhất: từ hai đơn vị thành một đơn vị mới; sáp nhập: vào một đơn vị khác; chia tách: thành ít nhất hai đơn vị, trong đó có đơn vị mới).',
    en: 'The units before and after do not fit the kind of event (merge: two or more into one new unit; absorb: into another unit; split: into at least two, one of them new).',
  },
  'lineage.mainSource': {
    vi: 'Đơn vị chính phải là một trong các đơn vị trước sự kiện.',
    en: 'The main predecessor must be one of the units before the event.',
  },
  'lineage.duplicateUnit': {
    vi: 'Một đơn vị được chọn hai lần.',
    en: 'A unit is chosen twice.',
  },
  'lineage.ceased': {
    vi: 'Có đơn vị đã chấm dứt hoạt động trước ngày hiệu lực này.',
    en: 'One of the units had already ceased before this date.',
  },
  'lineage.notYetCreated': {
    vi: 'Có đơn vị chưa được thành lập vào ngày hiệu lực này.',
    en: 'One of the units did not exist yet on this date.',
  },
  'lineage.sameDay': {
    vi: 'Đơn vị đã có một sự kiện hợp nhất, sáp nhập hoặc chia tách khác cùng ngày hiệu lực.',
    en: 'The unit already has another merge, absorption or split on the same date.',
  },
  'lineage.cycle': {
    vi: 'Sự kiện làm cho một đơn vị trở thành tiền thân của chính nó.',
    en: 'The event would make a unit its own predecessor.',
  },
});
