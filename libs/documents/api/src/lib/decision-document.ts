import type { AwardListResponse, AwardListRow } from '@thidua/documents/contracts';
import { countsInWords } from '@thidua/documents/domain';
import {
  type Block,
  type OfficialDocument,
  type Signer,
  type TableGroupRow,
  sanitizeText as t,
} from '@thidua/shared/documents';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** What the decision needs besides the list, from the organisation profile and the register. */
export interface DecisionInput {
  /** Header lines of the issuing body (Ủy ban nhân dân tỉnh …), '\n' between lines. */
  parentAgency?: string;
  issuingAgency: string;
  /** "45/QĐ-UBND", or "…/QĐ-UBND" while no number is recorded. */
  number: string;
  place: string;
  /** yyyy-MM-dd. */
  date: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …": who decides, the line above "Căn cứ". */
  authority: string;
  /** The same in running text: "Chủ tịch Ủy ban nhân dân tỉnh …". */
  decider: string;
  /** The legal bases in force on `date`. */
  bases: string[];
  /** Who proposed ("Giám đốc Sở Nội vụ …", "Trưởng Khối thi đua …"). */
  proposer: string;
  /** The issuing body in running text, for Điều 3 ("Chánh Văn phòng …"). */
  bodyName: string;
  /** Nơi nhận. */
  recipients: string[];
  signature: Signer;
}

/** The rows the decision awards: every row, less the ones the province did not approve. */
export function decidedRows(list: AwardListResponse): AwardListResponse['sections'] {
  const rejected = new Set(list.decision?.rejected ?? []);
  return list.sections
    .map((s) => ({
      ...s,
      groups: s.groups
        .map((g) => ({ ...g, rows: g.rows.filter((r) => !rejected.has(r.nominationId)) }))
        .filter((g) => g.rows.length),
    }))
    .filter((s) => s.groups.length);
}

/** "Giấy khen: 3 (ba) tập thể và 2 (hai) cá nhân", one line per award. */
function awardCounts(sections: AwardListResponse['sections']): string[] {
  const byAward = new Map<string, { name: string; rows: AwardListRow[] }>();
  for (const group of sections.flatMap((s) => s.groups)) {
    const entry = byAward.get(group.award.id) ?? { name: group.award.name, rows: [] };
    entry.rows.push(...group.rows);
    byAward.set(group.award.id, entry);
  }
  return [...byAward.values()].map(({ name, rows }) => {
    const count = (kind: AwardListRow['kind']) => rows.filter((r) => r.kind === kind).length;
    const counts = {
      collective: count('collective'),
      individual: count('individual'),
      household: count('household'),
    };
    return `${t(name)}: ${countsInWords(counts)}`;
  });
}

const ANNEX_COLUMNS = [
  { header: 'STT', width: 30, align: 'center' as const },
  { header: 'Tên tập thể / Họ và tên', width: '*' as const },
  { header: 'Chức vụ, đơn vị', width: '*' as const },
  { header: 'Hình thức khen thưởng', width: 110 },
];

/** The attached list: STT | name | position and unit | award, by section and award. */
function annex(sections: AwardListResponse['sections'], fontSize: number): Block {
  const rows: Array<Array<string | number>> = [];
  const groupRows: TableGroupRow[] = [];
  for (const section of sections) {
    groupRows.push({ beforeRow: rows.length, text: `${section.numeral}. ${section.title}` });
    for (const group of section.groups) {
      if (section.groups.length > 1)
        groupRows.push({ beforeRow: rows.length, text: t(group.award.name) });
      for (const r of group.rows) {
        const where = r.kind === 'collective' ? '' : (r.unit?.name ?? '');
        rows.push([
          r.stt,
          t(r.name),
          t([r.position, where].filter(Boolean).join(', ')),
          t(r.award.name),
        ]);
      }
    }
  }
  return { type: 'table', columns: ANNEX_COLUMNS, rows, groupRows, fontSize };
}

const centred = (text: string, size?: number): Block => ({
  type: 'paragraph',
  text: [{ text, bold: true }],
  align: 'center',
  indent: false,
  ...(size ? { size } : {}),
});

/**
 * The decision (Quyết định khen thưởng) in the layout of Nghị định 30/2020: header, number, place
 * and date, "QUYẾT ĐỊNH / Về việc tặng …", who decides, "Căn cứ", "Theo đề nghị của …", Điều 1–3,
 * Nơi nhận and the signer; then the attached list on a page of its own.
 */
export function buildDecision(
  list: AwardListResponse,
  d: DecisionInput,
  withAnnex = true,
): OfficialDocument {
  const sections = decidedRows(list);
  const rows = sections.flatMap((s) => s.groups.flatMap((g) => g.rows));
  const count = (kind: AwardListRow['kind']) => rows.filter((r) => r.kind === kind).length;
  const total = countsInWords({
    collective: count('collective'),
    individual: count('individual'),
    household: count('household'),
  });
  const awards = [...new Set(sections.flatMap((s) => s.groups.map((g) => t(g.award.name))))];
  const c = list.coverLetter;
  const article = (n: number, text: string): Block => ({
    type: 'paragraph',
    text: [{ text: `Điều ${n}. `, bold: true }, { text }],
    align: 'justify',
  });
  const blocks: Block[] = [
    centred(t(d.authority)),
    ...d.bases.map(
      (b): Block => ({
        type: 'paragraph',
        text: [
          {
            text: `Căn cứ ${t(b)
              .replace(/^Căn cứ\s+/i, '')
              .replace(/[\s;.]*$/, ';')}`,
            italic: true,
          },
        ],
        align: 'justify',
      }),
    ),
    {
      type: 'paragraph',
      text: [
        {
          text: `Theo đề nghị của ${t(d.proposer)} tại Tờ trình số ${t(c.number)} ngày ${vnDate(c.date)}.`,
          italic: true,
        },
      ],
      align: 'justify',
    },
    centred('QUYẾT ĐỊNH:'),
    article(
      1,
      `Tặng ${awards.join(', ')} cho ${total} đã có thành tích xuất sắc trong phong trào thi đua năm ${list.year} (có danh sách kèm theo), gồm:`,
    ),
    { type: 'list', items: awardCounts(sections).map((line) => `${line};`) },
    article(
      2,
      'Tiền thưởng kèm theo danh hiệu thi đua, hình thức khen thưởng tại Điều 1 thực hiện theo quy định của pháp luật về thi đua, khen thưởng, chi từ Quỹ thi đua, khen thưởng theo quy định. Quyết định này có hiệu lực kể từ ngày ký.',
    ),
    article(
      3,
      `Chánh Văn phòng ${t(d.bodyName)}, ${t(d.proposer)}, thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    ),
    {
      type: 'closing',
      recipients: (d.recipients.length ? d.recipients : ['Như Điều 3', 'Lưu: VT']).map(t),
      signature: d.signature,
    },
  ];
  if (withAnnex)
    blocks.push(
      { type: 'pageBreak' },
      centred(`DANH SÁCH ${awards.join(', ').toLocaleUpperCase('vi-VN')} NĂM ${list.year}`, 14),
      {
        type: 'paragraph',
        text: [
          {
            text: `(Kèm theo Quyết định số ${t(d.number)} ngày ${vnDate(d.date)} của ${t(d.decider)})`,
            italic: true,
          },
        ],
        align: 'center',
        indent: false,
      },
      annex(sections, 12),
    );
  return {
    header: {
      ...(d.parentAgency ? { parentAgency: d.parentAgency } : {}),
      issuingAgency: d.issuingAgency,
      number: d.number,
      place: d.place,
      date: d.date,
    },
    title: 'QUYẾT ĐỊNH',
    subtitle: `Về việc tặng ${awards.join(', ')} năm ${list.year}`,
    blocks,
  };
}
