import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'organisation.bodyCodeRepeated': {
    vi: 'Mã cơ quan ban hành bị trùng.',
    en: 'This issuing body code is used twice.',
  },
  'organisation.bodyUnknown': {
    vi: 'Cơ quan ban hành không có trong danh sách cơ quan ban hành.',
    en: 'The issuing body is not in the list of issuing bodies.',
  },
  'organisation.signerRepeated': {
    vi: 'Loại văn bản này đã có người ký từ cùng ngày.',
    en: 'This document kind already has a signer from the same date.',
  },
  'organisation.authorityRequired': {
    vi: 'Ký thay, thay mặt, quyền, thừa lệnh, thừa ủy quyền cần ghi rõ chức danh được ký thay (ví dụ: CHỦ TỊCH).',
    en: 'Signing for someone needs the authority signed for (e.g. CHỦ TỊCH).',
  },
  'organisation.titleRequired': {
    vi: 'Cần ghi chức vụ của người ký (ví dụ: PHÓ CHỦ TỊCH).',
    en: "The signer's title is required (e.g. PHÓ CHỦ TỊCH).",
  },
  'organisation.kindRepeated': {
    vi: 'Loại văn bản này đã có nơi nhận ở dòng khác.',
    en: 'This document kind already has recipients on another row.',
  },
  'organisation.inForceOrder': {
    vi: 'Ngày hết hiệu lực không được trước ngày có hiệu lực.',
    en: 'The last day in force must not be before the first.',
  },
  'outgoingNumbers.bodyRequired': {
    vi: 'Cần chọn cơ quan ban hành: hồ sơ cơ quan chưa có người ký loại văn bản này vào ngày đó.',
    en: 'Choose the issuing body: the profile has no signer of this kind of document on that date.',
  },
  'outgoingNumbers.bodyOrBloc': {
    vi: 'Chọn cơ quan ban hành hoặc khối thi đua, không chọn cả hai.',
    en: 'Choose an issuing body or a bloc, not both.',
  },
  'outgoingNumbers.symbolMissing': {
    vi: 'Cơ quan ban hành chưa có ký hiệu (ví dụ: UBND) trong hồ sơ cơ quan.',
    en: 'The issuing body has no symbol (e.g. UBND) in the organisation profile.',
  },
  'organisation.legalDocumentNotFound': {
    vi: 'Không tìm thấy văn bản pháp luật.',
    en: 'Legal document not found.',
  },
});
