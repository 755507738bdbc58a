import type {
  AwardsReportResponse,
  KindCounts,
  ParticipationReportResponse,
  TargetsReportResponse,
} from '@thidua/reports/contracts';
import {
  type OfficialDocument,
  type TableColumn,
  documentPlace,
  sanitizeText as t,
} from '@thidua/shared/documents';
import ExcelJS from 'exceljs';

/** A report as a table: the same title, columns and rows go to the PDF and to the workbook. */
export interface ReportTable {
  title: string;
  subtitle: string;
  fileName: string;
  columns: TableColumn[];
  rows: Array<Array<string | number>>;
  /** Bold last row (Tổng cộng). */
  totals?: Array<string | number>;
  notes?: string[];
}

export interface ReportIssuer {
  parentAgency: string;
  issuingAgency: string;
  signerTitle: string;
}

const num = (v: number | null) => (v === null ? '' : v);
const pct = (v: number | null) => (v === null ? '' : `${v.toLocaleString('vi-VN')} %`);
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const GROUP_HEADERS = { award: 'Danh hiệu, hình thức', bloc: 'Khối, cụm thi đua', unit: 'Đơn vị' };
const KIND_COLUMNS: TableColumn[] = [
  { header: 'Tập thể', width: 60, align: 'right' },
  { header: 'Cá nhân', width: 60, align: 'right' },
  { header: 'Hộ gia đình', width: 60, align: 'right' },
  { header: 'Tổng số', width: 60, align: 'right' },
];
const kinds = (c: KindCounts) => [c.collective, c.individual, c.household, c.total];
const scopeName = (bloc: { name: string } | null) =>
  bloc ? t(bloc.name) : `toàn tỉnh ${documentPlace()}`;

export function awardsTable(report: AwardsReportResponse): ReportTable {
  return {
    title: 'BÁO CÁO KẾT QUẢ KHEN THƯỞNG',
    subtitle: `Năm ${report.year} – ${scopeName(report.bloc)}, theo ${GROUP_HEADERS[report.groupBy].toLowerCase()}`,
    fileName: `Báo cáo khen thưởng năm ${report.year} theo ${GROUP_HEADERS[report.groupBy].toLowerCase()}`,
    columns: [
      { header: 'STT', width: 30, align: 'center' },
      { header: GROUP_HEADERS[report.groupBy], width: '*' },
      ...KIND_COLUMNS,
    ],
    rows: report.rows.map((r, i) => [i + 1, t(r.label), ...kinds(r)]),
    totals: ['', 'Tổng cộng', ...kinds(report.totals)],
  };
}

export function participationTable(report: ParticipationReportResponse): ReportTable {
  const states = { onTime: 'Đúng hạn', late: 'Muộn', pending: 'Chưa đến hạn', overdue: 'Quá hạn' };
  const f = report.totals;
  return {
    title: 'BÁO CÁO KẾT QUẢ THAM GIA PHONG TRÀO THI ĐUA',
    subtitle: `${t(report.movement.title)} – năm ${report.year} – ${scopeName(report.bloc)}`,
    fileName: `Báo cáo tham gia phong trào năm ${report.year}`,
    columns: [
      { header: 'STT', width: 28, align: 'center' },
      { header: 'Đơn vị', width: '*' },
      { header: 'Sinh hoạt chuyên đề', width: 60, align: 'right' },
      { header: 'Hội nghị', width: 50, align: 'right' },
      { header: 'Lượt người tham dự', width: 65, align: 'right' },
      { header: 'Tỷ lệ tham gia', width: 60, align: 'right' },
      { header: 'Mô hình', width: 45, align: 'right' },
      { header: 'Báo cáo', width: 60, align: 'center' },
    ],
    rows: report.rows.map((r, i) => [
      i + 1,
      t(r.unit.name),
      num(r.sessionsHeld),
      num(r.conferencesHeld),
      num(r.attendees),
      pct(r.participationPercent),
      num(r.modelsBuilt),
      states[r.state],
    ]),
    totals: [
      '',
      'Tổng cộng',
      f.sessionsHeld,
      f.conferencesHeld,
      f.attendees,
      pct(f.participationPercent),
      f.modelsBuilt,
      `${f.reports}/${f.expectedReports}`,
    ],
    notes: [
      `Hạn báo cáo: ${vnDate(report.dueDate)}. Đã báo cáo ${f.reports}/${f.expectedReports} đơn vị, trong đó ${f.lateReports} đơn vị báo cáo muộn.`,
      `Toàn ${report.bloc ? 'khối' : 'tỉnh'} tổ chức ${f.sessionsHeld.toLocaleString('vi-VN')} buổi sinh hoạt chuyên đề, ${f.conferencesHeld.toLocaleString('vi-VN')} hội nghị với ${f.attendees.toLocaleString('vi-VN')} lượt người tham dự; tỷ lệ tham gia đạt ${pct(f.participationPercent) || '—'}; xây dựng ${f.modelsBuilt.toLocaleString('vi-VN')} mô hình.`,
    ],
  };
}

export function targetsTable(report: TargetsReportResponse): ReportTable {
  return {
    title: 'BÁO CÁO SO SÁNH CHỈ TIÊU ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN',
    subtitle: `${t(report.movement.title)} – năm ${report.year} – ${scopeName(report.bloc)}`,
    fileName: `Báo cáo chỉ tiêu, kết quả năm ${report.year}`,
    columns: [
      { header: 'STT', width: 28, align: 'center' },
      { header: 'Chỉ tiêu', width: '*' },
      { header: 'Chỉ tiêu đề ra', width: 70, align: 'right' },
      { header: 'Bình quân đạt', width: 65, align: 'right' },
      { header: 'Đơn vị báo cáo', width: 60, align: 'right' },
      { header: 'Đơn vị đạt', width: 55, align: 'right' },
      { header: 'Tỷ lệ đạt', width: 55, align: 'right' },
    ],
    rows: report.rows.map((r, i) => [
      i + 1,
      t(r.content),
      r.targetValue === null
        ? ''
        : `${r.targetValue.toLocaleString('vi-VN')} ${t(r.measure ?? '')}`.trim(),
      r.average === null ? '' : r.average.toLocaleString('vi-VN'),
      `${r.reported}/${r.expected}`,
      r.reached,
      pct(r.reachedPercent),
    ]),
    notes: report.pledgedTargets.length
      ? [
          'Chỉ tiêu các đơn vị đăng ký trong giao ước thi đua:',
          ...report.pledgedTargets.map(
            (p) => `- ${t(p.unit.name)}: ${p.targets.map(t).join('; ') || 'chưa đăng ký'}.`,
          ),
        ]
      : [],
  };
}

/** The report in the Nghị định 30/2020 format: landscape, the header repeated on each page. */
export function reportDocument(table: ReportTable, issuer: ReportIssuer): OfficialDocument {
  const place = documentPlace();
  return {
    orientation: 'landscape',
    header: {
      parentAgency: issuer.parentAgency,
      issuingAgency: issuer.issuingAgency,
      place,
      date: new Date(),
    },
    title: table.title,
    subtitle: table.subtitle,
    blocks: [
      {
        type: 'table',
        columns: table.columns,
        rows: table.totals ? [...table.rows, table.totals] : table.rows,
        fontSize: 11,
      },
      ...(table.notes ?? []).map((text) => ({
        type: 'paragraph' as const,
        text,
        align: 'justify' as const,
      })),
      { type: 'closing', recipients: ['Như trên'], signature: { title: issuer.signerTitle } },
    ],
  };
}

/** The same table as a workbook: title rows, a frozen header, numbers as numbers. */
export async function reportWorkbook(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Báo cáo');
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([table.subtitle]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  sheet.columns.forEach((column, i) => {
    const width = table.columns[i]?.width;
    column.width = typeof width === 'number' ? Math.max(8, Math.round(width / 5)) : 60;
  });
  for (const row of table.rows) sheet.addRow(row);
  if (table.totals) sheet.addRow(table.totals).font = { bold: true };
  if (table.notes?.length) {
    sheet.addRow([]);
    for (const note of table.notes) sheet.addRow([note]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
