import type {
  AwardsReportResponse,
  KindCounts,
  ParticipationReportResponse,
  TargetsReportResponse,
} from '@thidua/reports/contracts';
import type { DocumentIssuer } from '@thidua/registry/api';
import { workbookBuffer } from '@thidua/shared/api-core';
import {
  type OfficialDocument,
  type TableColumn,
  sanitizeText as t,
} from '@thidua/shared/documents';
import { formatNumberVi, formatPercentVi } from '@thidua/shared/util';
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

const num = (v: number | null) => (v === null ? '' : v);
const pct = (v: number | null) => (v === null ? '' : formatPercentVi(v, 1));
const n = (v: number) => formatNumberVi(v, 2);
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const GROUP_HEADERS = { award: 'Danh hiệu, hình thức', bloc: 'Khối, cụm thi đua', unit: 'Đơn vị' };
const KIND_COLUMNS: TableColumn[] = [
  { header: 'Tập thể', width: 60, align: 'right' },
  { header: 'Cá nhân', width: 60, align: 'right' },
  { header: 'Hộ gia đình', width: 60, align: 'right' },
  { header: 'Tổng số', width: 60, align: 'right' },
];
const kinds = (c: KindCounts) => [c.collective, c.individual, c.household, c.total];
/** The bloc, or the whole area the organisation covers ("toàn tỉnh …", from the profile). */
const scopeName = (bloc: { name: string } | null, area: string) =>
  bloc ? t(bloc.name) : `toàn ${t(area)}`;

export function awardsTable(report: AwardsReportResponse, area: string): ReportTable {
  return {
    title: 'BÁO CÁO KẾT QUẢ KHEN THƯỞNG',
    subtitle: `Năm ${report.year} – ${scopeName(report.bloc, area)}, theo ${GROUP_HEADERS[report.groupBy].toLowerCase()}`,
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

export function participationTable(report: ParticipationReportResponse, area: string): ReportTable {
  const states = { onTime: 'Đúng hạn', late: 'Muộn', pending: 'Chưa đến hạn', overdue: 'Quá hạn' };
  const f = report.totals;
  return {
    title: 'BÁO CÁO KẾT QUẢ THAM GIA PHONG TRÀO THI ĐUA',
    subtitle: `${t(report.movement.title)} – năm ${report.year} – ${scopeName(report.bloc, area)}`,
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
      `${n(f.reports)}/${n(f.expectedReports)}`,
    ],
    notes: [
      `Hạn báo cáo: ${vnDate(report.dueDate)}. Đã báo cáo ${n(f.reports)}/${n(f.expectedReports)} đơn vị, trong đó ${n(f.lateReports)} đơn vị báo cáo muộn.`,
      `${report.bloc ? 'Toàn khối' : `Toàn ${t(area)}`} tổ chức ${n(f.sessionsHeld)} buổi sinh hoạt chuyên đề, ${n(f.conferencesHeld)} hội nghị với ${n(f.attendees)} lượt người tham dự; tỷ lệ tham gia đạt ${pct(f.participationPercent) || '—'}; xây dựng ${n(f.modelsBuilt)} mô hình.`,
    ],
  };
}

export function targetsTable(report: TargetsReportResponse, area: string): ReportTable {
  return {
    title: 'BÁO CÁO SO SÁNH CHỈ TIÊU ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN',
    subtitle: `${t(report.movement.title)} – năm ${report.year} – ${scopeName(report.bloc, area)}`,
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
      r.targetValue === null ? '' : `${n(r.targetValue)} ${t(r.measure ?? '')}`.trim(),
      r.average === null ? '' : n(r.average),
      `${n(r.reported)}/${n(r.expected)}`,
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

/**
 * The report in the Nghị định 30/2020 format: landscape, the header repeated on each page; issued
 * and signed (with the signer's name) as the profile says, or by a bloc's head unit.
 */
export function reportDocument(table: ReportTable, issuer: DocumentIssuer): OfficialDocument {
  return {
    orientation: 'landscape',
    header: {
      parentAgency: issuer.parentAgency,
      issuingAgency: issuer.issuingAgency,
      place: issuer.place,
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
      { type: 'closing', recipients: issuer.recipients.map(t), signature: issuer.signature },
    ],
  };
}

/**
 * The same table as a workbook: title rows, a frozen header, numbers as numbers, set up to print
 * (the header row repeated on every page).
 */
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
  return workbookBuffer(workbook);
}
