import type { DocumentIssuer } from '@thidua/registry/api';
import type { RankingResponse, TieBreak } from '@thidua/scoring/contracts';
import { addSheet, workbookBuffer } from '@thidua/shared/api-core';
import { type Block, type OfficialDocument, sanitizeText } from '@thidua/shared/documents';
import { formatNumberVi } from '@thidua/shared/util';
import ExcelJS from 'exceljs';

const TIE_BREAK_TEXT: Record<TieBreak, string> = {
  firstGroup: 'điểm nhóm tiêu chí thứ nhất cao hơn',
  fewerPenalties: 'ít điểm trừ hơn',
  moreBonus: 'nhiều điểm thưởng hơn',
};

const points = (value: number) => formatNumberVi(value, 2);

/**
 * "Bảng tổng hợp kết quả chấm điểm thi đua năm …" in the format of Nghị định 30/2020: the head
 * unit issues it for the bloc (`issuer`, from the profile and the unit's data); one row per unit
 * with each group's points, bonus, penalty, total, rank; the tie-breaks; signed by the head unit.
 */
export function buildRankingDocument(
  r: RankingResponse,
  issuer: DocumentIssuer,
  date: Date | string,
): OfficialDocument {
  const t = (s: string) => sanitizeText(s);
  const groupColumns = r.groupTitles.map((_, i) => ({
    header: `Nhóm ${toRoman(i + 1)}`,
    width: 46,
    align: 'right' as const,
  }));
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `Căn cứ bảng tiêu chí chấm điểm thi đua năm ${r.year} (thang điểm ${points(r.scale)}), kết quả tự chấm của các đơn vị, kết quả thẩm định của đơn vị Trưởng khối, Phó khối và ý kiến thống nhất của hội nghị, ${t(r.bloc.name)} tổng hợp kết quả chấm điểm và xếp hạng như sau:`,
      align: 'justify',
    },
    {
      type: 'table',
      columns: [
        { header: 'STT', width: 28, align: 'center' },
        { header: 'Đơn vị', width: '*' },
        ...groupColumns,
        { header: 'Điểm thưởng', width: 46, align: 'right' },
        { header: 'Điểm trừ', width: 42, align: 'right' },
        { header: 'Tổng điểm', width: 50, align: 'right' },
        { header: 'Xếp hạng', width: 44, align: 'center' },
      ],
      rows: r.items.map((item, i) => [
        i + 1,
        t(item.unit.name) + (item.leadsBloc ? ' (dẫn đầu Khối)' : ''),
        ...item.groups.map(points),
        points(item.bonus),
        points(item.penalty),
        points(item.total),
        item.rank + (item.isTiedForBallot ? '*' : ''),
      ]),
      fontSize: 11,
    },
  ];
  if (r.groupTitles.length)
    blocks.push({
      type: 'list',
      items: r.groupTitles.map((g, i) => `Nhóm ${toRoman(i + 1)}: ${t(g)}`),
    });
  blocks.push({
    type: 'paragraph',
    text: `Khi bằng tổng điểm, xếp trên đơn vị có ${r.tieBreaks.map((x) => TIE_BREAK_TEXT[x]).join(', rồi ')}${r.tieBreaks.length ? '; nếu vẫn bằng' : ''}, hội nghị bỏ phiếu quyết định (dấu *).`,
    align: 'justify',
    italic: true,
  });
  if (!r.isFinal)
    blocks.push({
      type: 'paragraph',
      text: 'Bảng điểm chưa khóa: kết quả tạm tính.',
      bold: true,
    });
  blocks.push({
    type: 'closing',
    recipients: issuer.recipients.map(t),
    signature: issuer.signature,
  });
  return {
    orientation: 'landscape',
    header: {
      parentAgency: issuer.parentAgency,
      issuingAgency: issuer.issuingAgency,
      place: issuer.place,
      date,
    },
    title: 'BẢNG TỔNG HỢP',
    subtitle: `Kết quả chấm điểm, xếp hạng thi đua năm ${r.year}`,
    blocks,
  };
}

/** The ranking as a workbook: one row per unit, the same columns as the printed table. */
export async function buildRankingWorkbook(r: RankingResponse): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, 'Xếp hạng', [
    { key: 'rank', header: 'Xếp hạng', width: 10 },
    { key: 'unit', header: 'Đơn vị', width: 45 },
    ...r.groupTitles.map((g, i) => ({ key: `group${i}`, header: g, width: 18 })),
    { key: 'bonus', header: 'Điểm thưởng', width: 12 },
    { key: 'penalty', header: 'Điểm trừ', width: 12 },
    { key: 'total', header: 'Tổng điểm', width: 12 },
    { key: 'leadsBloc', header: 'Dẫn đầu Khối', width: 14 },
    { key: 'tiedForBallot', header: 'Bỏ phiếu phân hạng', width: 18 },
  ]);
  for (const item of r.items) {
    sheet.addRow([
      item.rank,
      item.unit.name,
      ...item.groups,
      item.bonus,
      item.penalty,
      item.total,
      item.leadsBloc ? 'x' : '',
      item.isTiedForBallot ? 'x' : '',
    ]);
  }
  return workbookBuffer(workbook);
}

function toRoman(n: number): string {
  const numerals: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
