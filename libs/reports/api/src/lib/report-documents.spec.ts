import type { AwardsReportResponse, ParticipationReportResponse } from '@thidua/reports/contracts';
import { renderPdf } from '@thidua/shared/documents';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { percentOf, sumCounts } from './award-figures';
import {
  awardsTable,
  participationTable,
  reportDocument,
  reportWorkbook,
} from './report-documents';

const awards: AwardsReportResponse = {
  year: 2023,
  groupBy: 'award',
  bloc: null,
  rows: [
    {
      key: 'a',
      label: 'Bằng khen của Chủ tịch UBND tỉnh',
      detail: 'BKT',
      collective: 15,
      individual: 36,
      household: 8,
      total: 59,
    },
    {
      key: 'b',
      label: 'Tập thể lao động xuất sắc',
      detail: 'TTLDXS',
      collective: 7,
      individual: 0,
      household: 0,
      total: 7,
    },
  ],
  totals: { collective: 22, individual: 36, household: 8, total: 66 },
};

describe('report figures', () => {
  it('should sum counts per beneficiary kind', () => {
    expect(sumCounts(awards.rows)).toEqual(awards.totals);
  });

  it.each([
    [987, 1000, 98.7],
    [2, 3, 66.7],
    [0, 0, null],
  ])('should give %i of %i as %p percent', (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });
});

describe('report documents', () => {
  it('should lay out the awards report with numbered rows and a total row', () => {
    const table = awardsTable(awards, 'tỉnh Hòa Bình');
    expect(table.title).toBe('BÁO CÁO KẾT QUẢ KHEN THƯỞNG');
    expect(table.subtitle).toContain('Năm 2023');
    expect(table.subtitle).toContain('toàn tỉnh Hòa Bình');
    expect(table.rows[0]).toEqual([1, 'Bằng khen của Chủ tịch UBND tỉnh', 15, 36, 8, 59]);
    expect(table.totals).toEqual(['', 'Tổng cộng', 22, 36, 8, 66]);
  });

  it('should write the participation figures in words the way the province reports them', () => {
    const report: ParticipationReportResponse = {
      movement: { id: 'm', title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
      year: 2023,
      bloc: null,
      dueDate: '2023-12-15',
      rows: [],
      totals: {
        expectedReports: 110,
        reports: 108,
        lateReports: 3,
        sessionsHeld: 120,
        conferencesHeld: 8198,
        attendees: 431346,
        memberCount: 1000,
        participantCount: 987,
        participationPercent: 98.7,
        modelsBuilt: 1093,
      },
    };
    const notes = participationTable(report, 'tỉnh Hòa Bình').notes?.join(' ') ?? '';
    expect(notes).toContain('Hạn báo cáo: 15/12/2023');
    expect(notes).toContain('Toàn tỉnh Hòa Bình tổ chức');
    expect(notes).toContain('8.198 hội nghị với 431.346 lượt người tham dự');
    expect(notes).toContain('98,7\u00a0%');
    expect(notes).toContain('1.093 mô hình');
  });

  it('should put the table into a landscape official document with the totals last', () => {
    const signature = { title: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Bùi Thị Hoa' };
    const doc = reportDocument(awardsTable(awards, 'tỉnh Hòa Bình'), {
      parentAgency: 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
      issuingAgency: 'SỞ NỘI VỤ',
      name: 'Sở Nội vụ',
      numberSymbol: 'SNV',
      signature,
      signer: null,
      body: null,
      addressees: [],
      recipients: ['Như trên', 'Lưu: VT'],
      place: 'Hòa Bình',
    });
    expect(doc.orientation).toBe('landscape');
    expect(doc.header?.place).toBe('Hòa Bình');
    // Signed with a name, not "TM. SỞ NỘI VỤ" alone.
    expect(doc.blocks.at(-1)).toEqual({
      type: 'closing',
      recipients: ['Như trên', 'Lưu: VT'],
      signature,
    });
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table && table.type === 'table' ? table.rows.at(-1) : null).toEqual([
      '',
      'Tổng cộng',
      22,
      36,
      8,
      66,
    ]);
  });

  it('should write a workbook with the header row and the numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const buffer = await reportWorkbook(awardsTable(awards, 'tỉnh Hòa Bình'));
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(4).getCell(2).value).toBe('Danh hiệu, hình thức');
    expect(sheet.getRow(5).getCell(6).value).toBe(59);
    expect(sheet.getRow(7).getCell(2).value).toBe('Tổng cộng');
    // Set up to print: A4 landscape, the header row (4) on every page, numbers grouped.
    expect(sheet.pageSetup).toEqual(
      expect.objectContaining({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' }),
    );
    expect(sheet.getRow(5).getCell(6).numFmt).toBe('#,##0');
    expect(sheet.getRow(5).getCell(2).font?.name).toBe('Times New Roman');
    expect(sheet.getRow(7).getCell(6).border?.bottom?.style).toBe('thin');
  });

  it('should print a number the same in the table and in the text (6.385)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const unit = { id: 'u', code: 'VPTU', name: 'Văn phòng Tỉnh ủy', shortName: null };
    const report = {
      movement: { id: 'm', title: 'Thi đua yêu nước' },
      year: 2023,
      bloc: null,
      dueDate: '2023-12-15',
      rows: [
        {
          unit,
          state: 'onTime',
          sessionsHeld: 12,
          conferencesHeld: 3,
          attendees: 6385,
          participationPercent: 66.666,
          modelsBuilt: 2,
        },
      ],
      totals: {
        expectedReports: 1,
        reports: 1,
        lateReports: 0,
        sessionsHeld: 12,
        conferencesHeld: 3,
        attendees: 6385,
        memberCount: 3,
        participantCount: 2,
        participationPercent: 66.666,
        modelsBuilt: 2,
      },
    } as unknown as ParticipationReportResponse;
    const doc = reportDocument(participationTable(report, 'tỉnh Hòa Bình'), {
      parentAgency: 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
      issuingAgency: 'SỞ NỘI VỤ',
      name: 'Sở Nội vụ',
      numberSymbol: 'SNV',
      signature: { title: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Bùi Thị Hoa' },
      signer: null,
      body: null,
      addressees: [],
      recipients: ['Như trên', 'Lưu: VT'],
      place: 'Hòa Bình',
    });
    const file = join(dir, 'report.pdf');
    writeFileSync(file, await renderPdf(doc));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const table = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

    expect(text).not.toContain('6385');
    expect(table).toMatch(/Văn phòng Tỉnh ủy\s+12\s+3\s+6\.385\s+66,7\s%/);
    expect(text.replace(/\s+/g, ' ')).toContain('với 6.385 lượt người tham dự');
  });
});
