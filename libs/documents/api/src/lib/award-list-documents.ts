import type {
  AwardListResponse,
  CertificateLayoutResponse,
  CoverLetter,
} from '@thidua/documents/contracts';
import { clearanceNote, clearanceSentence, countsInWords } from '@thidua/documents/domain';
import {
  type Block,
  type OfficialDocument,
  type Signer,
  type PlacedDocument,
  type TableBlock,
  type TableGroupRow,
  formatDocumentDate,
  sanitizeText as t,
} from '@thidua/shared/documents';
import { formatNumberVi, formatPercentVi } from '@thidua/shared/util';

const percent = (value: number | null) => (value === null ? '' : formatPercentVi(value));
const n = (value: number) => formatNumberVi(value, 2);
const sex = (s: 'male' | 'female' | null) => (s === 'female' ? 'Nữ' : s === 'male' ? 'Nam' : '');
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
/** A header written on several lines, in running text. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * Who proposes, in running text: the letter's issuer name ("Sở Nội vụ tỉnh …", "Khối thi đua …"),
 * never the capitalised header line; letters saved before the name existed fall back to the bloc,
 * then the header on one line.
 */
const proposer = (list: AwardListResponse) =>
  t(
    list.coverLetter.issuerName?.trim() ||
      list.bloc?.name ||
      oneLine(list.coverLetter.issuingAgency),
  );

/** Fixed widths in points, the rest of the landscape page to the summary of achievements. */
export const LIST_COLUMNS = [
  { header: 'STT', width: 24, align: 'center' as const },
  { header: 'Tên tập thể / Họ và tên', width: 110 },
  { header: 'Năm sinh', width: 32, align: 'center' as const, plain: true },
  { header: 'Giới tính', width: 30, align: 'center' as const },
  { header: 'Chức vụ', width: 60 },
  { header: 'Đơn vị', width: 76 },
  { header: 'Hình thức đề nghị', width: 64 },
  { header: 'Tóm tắt thành tích', width: '*' as const },
  { header: 'Số phiếu (tỷ lệ)', width: 56, align: 'center' as const },
  { header: 'Ghi chú', width: 36 },
];

function rowsOf(list: AwardListResponse) {
  const rows: Array<Array<string | number>> = [];
  const groupRows: TableGroupRow[] = [];
  for (const section of list.sections) {
    groupRows.push({ beforeRow: rows.length, text: `${section.numeral}. ${section.title}` });
    for (const group of section.groups) {
      if (section.groups.length > 1)
        groupRows.push({ beforeRow: rows.length, text: t(group.award.name) });
      for (const r of group.rows) {
        rows.push([
          r.stt,
          t(r.name),
          r.birthYear ?? '',
          sex(r.sex),
          t(r.position ?? ''),
          t(r.kind === 'collective' ? '' : (r.unit?.name ?? '')),
          t(r.award.name),
          t(r.summary),
          r.votes === null ? '' : `${n(r.votes)}/${n(r.denominator ?? 0)} (${percent(r.percent)})`,
          t([r.note, clearanceNote(r.clearance)].filter(Boolean).join('; ')),
        ]);
      }
    }
  }
  return { rows, groupRows };
}

/**
 * The list's table: the columns, a section row (I. Tập thể, II. Cá nhân, III. Hộ gia đình) and,
 * where a section has several awards, an award row before their rows. Also the XLSX's one sheet.
 */
export function buildListTable(list: AwardListResponse): TableBlock {
  const { rows, groupRows } = rowsOf(list);
  return { type: 'table', columns: LIST_COLUMNS, rows, groupRows, fontSize: 11 };
}

/** "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", landscape, the header repeated on every page. */
export function buildListDocument(list: AwardListResponse): OfficialDocument {
  const c = list.coverLetter;
  return {
    orientation: 'landscape',
    header: {
      parentAgency: c.parentAgency,
      issuingAgency: c.issuingAgency,
      place: c.place,
      date: c.date,
    },
    title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    subtitle: `(Kèm theo Tờ trình số ${t(c.number)} ngày ${vnDate(c.date)} của ${proposer(list)})`,
    blocks: [
      buildListTable(list),
      {
        type: 'paragraph',
        text: `Tổng cộng: ${countsInWords(list.counts)}.`,
        align: 'left',
        indent: false,
      },
      {
        type: 'closing',
        signature: {
          title: t(c.signerTitle),
          position: t(c.signerPosition),
          name: t(c.signerName),
        },
      },
    ],
  };
}

/** The cover letter (tờ trình) with the counts in words and figures. */
export function buildCoverLetter(list: AwardListResponse): OfficialDocument {
  const c: CoverLetter = list.coverLetter;
  const awards = [...new Set(list.sections.flatMap((s) => s.groups.map((g) => g.award.name)))];
  // The letter asks its first addressee ("Kính gửi") to decide.
  const decider = t(c.recipients[0] ?? 'cấp có thẩm quyền');
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: [{ text: 'Kính gửi: ', bold: false }, { text: c.recipients.map(t).join('; ') }],
      align: 'center',
      indent: false,
    },
    ...c.bases.map(
      (b): Block => ({
        type: 'paragraph',
        text: [{ text: `Căn cứ ${t(b).replace(/^Căn cứ\s+/i, '')}`, italic: true }],
        align: 'justify',
      }),
    ),
  ];
  if (c.body) blocks.push({ type: 'paragraph', text: t(c.body), align: 'justify' });
  const rows = list.sections.flatMap((s) => s.groups.flatMap((g) => g.rows));
  const clearance = clearanceSentence(rows.map((r) => r.clearance));
  blocks.push(
    {
      type: 'paragraph',
      text: `${proposer(list)} kính đề nghị ${decider} xem xét, tặng thưởng ${awards.map(t).join(', ')} năm ${list.year} cho ${countsInWords(list.counts)}, có thành tích xuất sắc (danh sách kèm theo).`,
      align: 'justify',
    },
    ...(clearance
      ? [{ type: 'paragraph' as const, text: clearance, align: 'justify' as const }]
      : []),
    { type: 'paragraph', text: [{ text: t(c.attachmentsLine), italic: true }], align: 'justify' },
    {
      type: 'paragraph',
      text: `Kính đề nghị ${decider} xem xét, quyết định./.`,
      align: 'justify',
    },
    {
      type: 'closing',
      recipients: c.copyTo.map(t),
      signature: { title: t(c.signerTitle), position: t(c.signerPosition), name: t(c.signerName) },
    },
  );
  return {
    header: {
      parentAgency: c.parentAgency,
      issuingAgency: c.issuingAgency,
      number: c.number,
      place: c.place,
      date: c.date,
    },
    title: 'TỜ TRÌNH',
    subtitle: t(c.subject),
    blocks,
  };
}

export interface CertificateEntry {
  name: string;
  unit: string | null;
  achievement: string;
  award: string;
  decisionNumber: string;
  decisionDate: string;
}

/**
 * Certificates with a full design, one page per awardee: `heading` names who awards ("CHỦ TỊCH
 * ỦY BAN NHÂN DÂN TỈNH …"), `signer` is the complete signer block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH /
 * name").
 */
export function buildDesignCertificates(
  entries: CertificateEntry[],
  place: string,
  heading: string,
  signer: Signer,
): OfficialDocument {
  const blocks: Block[] = [];
  entries.forEach((e, i) => {
    if (i > 0) blocks.push({ type: 'pageBreak' });
    blocks.push(
      {
        type: 'paragraph',
        text: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }],
        align: 'center',
        indent: false,
        size: 13,
      },
      {
        type: 'paragraph',
        text: [{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }],
        align: 'center',
        indent: false,
        size: 14,
      },
      {
        type: 'paragraph',
        text: [{ text: t(heading).toLocaleUpperCase('vi-VN'), bold: true }],
        align: 'center',
        indent: false,
        size: 15,
      },
      {
        type: 'paragraph',
        text: [{ text: t(e.award).toUpperCase(), bold: true }],
        align: 'center',
        indent: false,
        size: 28,
      },
      {
        type: 'paragraph',
        text: [{ text: 'TẶNG', bold: true }],
        align: 'center',
        indent: false,
        size: 14,
      },
      {
        type: 'paragraph',
        text: [{ text: t(e.name), bold: true }],
        align: 'center',
        indent: false,
        size: 22,
      },
      ...(e.unit
        ? [
            {
              type: 'paragraph' as const,
              text: t(e.unit),
              align: 'center' as const,
              indent: false,
              size: 14,
            },
          ]
        : []),
      {
        type: 'paragraph',
        text: [{ text: t(e.achievement), italic: true }],
        align: 'center',
        indent: false,
        size: 14,
      },
      {
        type: 'paragraph',
        text: `Quyết định số ${t(e.decisionNumber)} ngày ${vnDate(e.decisionDate)}`,
        align: 'left',
        indent: false,
        size: 12,
      },
      {
        type: 'paragraph',
        text: [{ text: formatDocumentDate(place, e.decisionDate), italic: true }],
        align: 'right',
        indent: false,
      },
      // A lone signer of a row of two sits on the right half, under the date line.
      { type: 'signatures', perRow: 2, columns: [signer] },
    );
  });
  return { orientation: 'landscape', design: 'certificate', blocks };
}

/** Certificates onto pre-printed blanks: each field at its position in millimetres. */
export function buildBlankCertificates(
  entries: CertificateEntry[],
  layout: CertificateLayoutResponse,
  place: string,
  signerName: string,
): PlacedDocument {
  const pages = entries.map((e) => {
    const values: Record<keyof CertificateLayoutResponse['fields'], string> = {
      title: t(e.award).toUpperCase(),
      name: t(e.name),
      unit: t(e.unit ?? ''),
      achievement: t(e.achievement),
      decision: `Quyết định số ${t(e.decisionNumber)} ngày ${vnDate(e.decisionDate)}`,
      dateLine: formatDocumentDate(place, e.decisionDate),
      signer: t(signerName),
    };
    return Object.entries(layout.fields).map(([field, p]) => ({
      text: values[field as keyof typeof values],
      x: p.x,
      y: p.y,
      width: p.width,
      fontSize: p.fontSize,
      align: p.align,
      bold: !!p.bold,
      italic: !!p.italic,
    }));
  });
  return { orientation: layout.orientation, pages };
}

export const DEFAULT_LAYOUT: CertificateLayoutResponse['fields'] = {
  title: { x: 30, y: 62, width: 237, fontSize: 26, align: 'center', bold: true },
  name: { x: 30, y: 95, width: 237, fontSize: 22, align: 'center', bold: true },
  unit: { x: 30, y: 110, width: 237, fontSize: 14, align: 'center' },
  achievement: { x: 45, y: 122, width: 207, fontSize: 14, align: 'center', italic: true },
  decision: { x: 30, y: 165, width: 110, fontSize: 12, align: 'left' },
  dateLine: { x: 160, y: 150, width: 110, fontSize: 13, align: 'center', italic: true },
  signer: { x: 160, y: 185, width: 110, fontSize: 14, align: 'center', bold: true },
};
