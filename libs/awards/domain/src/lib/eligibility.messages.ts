import { fillMessage, type MessageParams, type MessageRef } from '@thidua/shared/contracts';

/**
 * The sentences of the eligibility results, by code. The domain writes each result's Vietnamese
 * `message` from them; `awards/api` registers them with the error catalogue (English too) and
 * the web translates `code` + `params` in the page's language.
 */
export const ELIGIBILITY_MESSAGES = {
  'eligibility.citation.principles': {
    vi: 'Điều 4 Nghị định 152/2025/NĐ-CP (nguyên tắc khen thưởng)',
    en: 'Article 4 of Decree 152/2025/ND-CP (principles of commendation)',
  },
  'eligibility.citation.oneAward': {
    vi: 'Khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022 (một thành tích, một hình thức khen)',
    en: 'Clause 2, Article 5 of the 2022 Law on Emulation and Commendation (one achievement, one award)',
  },
  'eligibility.rulesInForce.blocker': {
    vi: 'Chưa có quy định của "{award}" có hiệu lực trong năm {year}.',
    en: 'No rules for "{award}" are in force in {year}.',
  },
  'eligibility.beneficiaryKind.pass': {
    vi: '"{award}" xét tặng cho {kind}.',
    en: '"{award}" is awarded to {kind}.',
  },
  'eligibility.beneficiaryKind.blocker': {
    vi: '"{award}" không xét tặng cho {kind} (chỉ cho {kinds}).',
    en: '"{award}" is not awarded to {kind} (only to {kinds}).',
  },
  'eligibility.kind.collective': { vi: 'tập thể', en: 'collectives' },
  'eligibility.kind.individual': { vi: 'cá nhân', en: 'individuals' },
  'eligibility.kind.household': { vi: 'hộ gia đình', en: 'households' },
  'eligibility.oneAward.awarded': {
    vi: 'Năm {year} đối tượng đã được tặng "{award}".',
    en: 'In {year} the nominee already received "{award}".',
  },
  'eligibility.oneAward.pending': {
    vi: 'Năm {year} đối tượng đang được đề nghị "{award}".',
    en: 'In {year} the nominee is already nominated for "{award}".',
  },
  'eligibility.oneAward.sameKind': {
    vi: 'Năm {year} đối tượng đã có "{other}": một thành tích chỉ được một hình thức khen thưởng.',
    en: 'In {year} the nominee already has "{other}": one achievement earns one award only.',
  },
  'eligibility.oneAward.pass': {
    vi: 'Năm {year} chưa có hình thức khen nào trùng.',
    en: 'No overlapping award in {year}.',
  },
  'eligibility.underReview.blocker': {
    vi: 'Đối tượng {flag} (từ {from} đến {to}): chưa khen thưởng, thành tích tính từ khi kết thúc.',
    en: 'The nominee is {flag} (from {from} to {to}): no award yet; achievements count from its end.',
  },
  'eligibility.underReview.blockerOpen': {
    vi: 'Đối tượng {flag} (từ {from}): chưa khen thưởng, thành tích tính từ khi kết thúc.',
    en: 'The nominee is {flag} (since {from}): no award yet; achievements count from its end.',
  },
  'eligibility.underReview.pass': {
    vi: 'Không đang bị xem xét kỷ luật, điều tra, thanh tra hay xác minh khiếu nại.',
    en: 'Not under disciplinary review, investigation, inspection or complaint verification.',
  },
  'eligibility.flag.discipline': {
    vi: 'đang bị xem xét kỷ luật',
    en: 'under disciplinary review',
  },
  'eligibility.flag.investigation': { vi: 'đang bị điều tra', en: 'under investigation' },
  'eligibility.flag.inspection': { vi: 'đang bị thanh tra, kiểm tra', en: 'under inspection' },
  'eligibility.flag.complaint': {
    vi: 'đang bị xác minh khiếu nại, tố cáo',
    en: 'subject to a complaint being verified',
  },
  'eligibility.thematic.pass': {
    vi: 'Khen đột xuất hoặc theo chuyên đề: không xét chuỗi danh hiệu của khen thường xuyên.',
    en: 'Ad-hoc or thematic award: the chain of regular titles is not checked.',
  },
  'eligibility.blocQuota.blocker': {
    vi: 'Khối đã có {used} đề nghị "{award}" năm {year}, vượt số lượng tối đa {limit}.',
    en: 'The bloc already has {used} nominations for "{award}" in {year}, over the limit of {limit}.',
  },
  'eligibility.blocQuota.pass': {
    vi: 'Đề nghị thứ {count}/{limit} "{award}" của khối năm {year}.',
    en: 'Nomination {count} of {limit} for "{award}" from the bloc in {year}.',
  },
  'eligibility.titles.pass': {
    vi: 'Đạt {award} {count} năm liên tục ({years}).',
    en: '{award} for {count} consecutive years ({years}).',
  },
  'eligibility.titles.blocker': {
    vi: 'Cần {required} năm liên tục đạt {award}; hiện có {count} năm liên tục ({years}).',
    en: 'Needs {award} for {required} consecutive years; has {count} consecutive years ({years}).',
  },
  'eligibility.titles.passInherited': {
    vi: 'Đạt {award} {count} năm liên tục ({years}), tính cả thành tích của đơn vị tiền thân: {inherited}.',
    en: "{award} for {count} consecutive years ({years}), counting the predecessors' titles: {inherited}.",
  },
  'eligibility.titles.blockerInherited': {
    vi: 'Cần {required} năm liên tục đạt {award}; hiện có {count} năm liên tục ({years}), tính cả thành tích của đơn vị tiền thân: {inherited}.',
    en: "Needs {award} for {required} consecutive years; has {count} consecutive years ({years}), counting the predecessors' titles: {inherited}.",
  },
  'eligibility.titles.blockerNone': {
    vi: 'Cần {required} năm liên tục đạt {award}; hiện có 0 năm liên tục.',
    en: 'Needs {award} for {required} consecutive years; has none.',
  },
  'eligibility.excellence.pass': {
    vi: 'Hoàn thành xuất sắc nhiệm vụ {count} năm liên tục ({years}) với {initiatives} sáng kiến được công nhận.',
    en: 'Excellent performance for {count} consecutive years ({years}) with {initiatives} recognised initiatives.',
  },
  'eligibility.excellence.blocker': {
    vi: 'Cần {required} năm liên tục đạt {award}, hoặc {required} năm liên tục hoàn thành xuất sắc nhiệm vụ và {requiredInitiatives} sáng kiến; hiện có {titles} năm {award}, {excellent} năm hoàn thành xuất sắc, {initiatives} sáng kiến.',
    en: 'Needs {award} for {required} consecutive years, or excellent performance for {required} consecutive years and {requiredInitiatives} initiatives; has {titles} years of {award}, {excellent} years of excellent performance, {initiatives} initiatives.',
  },
  'eligibility.leadsBloc.pass': {
    vi: 'Đơn vị dẫn đầu khối thi đua năm xét.',
    en: 'The unit leads its emulation bloc this year.',
  },
  'eligibility.leadsBloc.blocker': {
    vi: 'Cờ thi đua chỉ xét cho đơn vị dẫn đầu khối thi đua; đơn vị không đứng đầu bảng xếp hạng của khối.',
    en: "The Emulation Flag goes only to the bloc's leading unit; this unit is not first in the bloc's ranking.",
  },
  'eligibility.leadsBloc.unknown': {
    vi: 'Khối chưa có bảng xếp hạng năm xét: chưa xác định được đơn vị dẫn đầu.',
    en: 'The bloc has no ranking for the year yet: its leading unit is not known.',
  },
  'eligibility.memberShares.missing': {
    vi: 'Chưa nhập số liệu thành viên của tập thể (tổng số, LĐTT, CSTĐCS).',
    en: "The collective's member figures (total, Advanced Workers, Grassroots Emulation Fighters) are not entered yet.",
  },
  'eligibility.memberShares.blocker': {
    vi: 'Chưa đủ tiêu chuẩn: {problems}.',
    en: 'Standards not met: {problems}.',
  },
  'eligibility.memberShares.ldtt': {
    vi: '{percent} % thành viên đạt LĐTT (cần từ {min} %)',
    en: '{percent} % of members are Advanced Workers (at least {min} % needed)',
  },
  'eligibility.memberShares.incomplete': {
    vi: 'chưa 100 % thành viên hoàn thành nhiệm vụ',
    en: 'not all members completed their tasks',
  },
  'eligibility.memberShares.cstdcs': {
    vi: 'chưa có {min} cá nhân đạt CSTĐCS',
    en: 'fewer than {min} members are Grassroots Emulation Fighters',
  },
  'eligibility.memberShares.disciplined': {
    vi: 'có {count} cá nhân bị kỷ luật từ cảnh cáo trở lên',
    en: '{count} members were disciplined (warning or heavier)',
  },
  'eligibility.memberShares.pass': {
    vi: '{percent} % thành viên đạt LĐTT, {cstdcs} CSTĐCS, không ai bị kỷ luật.',
    en: '{percent} % of members are Advanced Workers, {cstdcs} are Grassroots Emulation Fighters, none was disciplined.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type EligibilityMessageCode = keyof typeof ELIGIBILITY_MESSAGES;

/** A result's Vietnamese sentence (the API's `message`, kept for its clients). */
export function eligibilityMessage(code: EligibilityMessageCode, params: MessageParams): string {
  return fillMessage(ELIGIBILITY_MESSAGES[code].vi, params, (ref: MessageRef) =>
    eligibilityMessage(ref.code as EligibilityMessageCode, ref.params ?? {}),
  );
}
