import type { CoverLetter } from '@thidua/documents/contracts';
import { documentPlace } from '@thidua/shared/documents';
import type { EntityManager } from 'typeorm';

/**
 * The cover letter a new award list starts with: the bloc's head unit signs for the bloc (TM. KHỐI
 * THI ĐUA), or the provincial department for a list without a bloc; the legal bases in force in the
 * year. Every field stays editable before printing.
 */
export async function defaultCoverLetter(
  manager: EntityManager,
  blocId: string | null,
  year: number,
): Promise<CoverLetter> {
  const place = documentPlace();
  const [lead] = blocId
    ? ((await manager.query(
        `SELECT b.name AS bloc, u.name AS unit, u.head_name, u.head_position FROM blocs b
           LEFT JOIN bloc_leaderships l ON l.bloc_id = b.id AND l.term_year = $2
           LEFT JOIN units u ON u.id = l.head_unit_id WHERE b.id = $1`,
        [blocId, year],
      )) as Array<{
        bloc: string;
        unit: string | null;
        head_name: string | null;
        head_position: string | null;
      }>)
    : [];
  return {
    parentAgency: lead ? lead.bloc.toUpperCase() : `ỦY BAN NHÂN DÂN TỈNH ${place.toUpperCase()}`,
    issuingAgency: lead?.unit ? lead.unit.toUpperCase() : 'SỞ NỘI VỤ',
    number: '…/TTr-KTĐ',
    place,
    date: new Date().toISOString().slice(0, 10),
    recipients: [`Chủ tịch Ủy ban nhân dân tỉnh ${place}`, `Sở Nội vụ tỉnh ${place}`],
    bases: [
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      year >= 2025
        ? 'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng;'
        : 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng;',
      `Biên bản hội nghị tổng kết công tác thi đua, khen thưởng năm ${year}${lead ? ` của ${lead.bloc}` : ''}.`,
    ],
    subject: `Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng thưởng danh hiệu thi đua, hình thức khen thưởng năm ${year}`,
    body: '',
    attachmentsLine: '(Có biên bản, danh sách, báo cáo thành tích kèm theo)',
    copyTo: ['Như trên', 'Các đơn vị thành viên Khối', 'Lưu: VT'],
    signerTitle: lead ? 'TM. KHỐI THI ĐUA' : 'GIÁM ĐỐC',
    signerPosition: lead ? 'TRƯỞNG KHỐI' : '',
    signerName: lead?.head_name ?? '',
  };
}
