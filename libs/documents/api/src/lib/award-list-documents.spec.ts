import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { AwardListResponse, AwardListRow } from '@thidua/documents/contracts';
import { renderPdf } from '@thidua/shared/documents';

import { buildListDocument } from './award-list-documents';

const award = { id: 'a', code: 'BKT', name: 'Bằng khen của Chủ tịch UBND tỉnh' };

/** An individual's row with `votes` of `denominator`. */
function row(stt: number, votes: number, denominator: number): AwardListRow {
  return {
    nominationId: `n${stt}`,
    stt,
    kind: 'individual',
    award,
    name: `Nguyễn Thị Ngọc Ánh ${stt}`,
    birthYear: 1985,
    sex: 'female',
    position: 'Chuyên viên',
    unit: { id: 'u', code: 'VPTU', name: 'Văn phòng Tỉnh ủy', shortName: null },
    summary: 'Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận',
    votes,
    denominator,
    percent: Math.round((votes / denominator) * 10000) / 100,
    note: null,
    status: 'voted',
    clearance: { state: 'none', offices: [] },
  };
}

function list(rows: AwardListRow[], individuals: number): AwardListResponse {
  return {
    id: 'l',
    title: 'Danh sách',
    year: 2024,
    bloc: null,
    order: 'names',
    status: 'draft',
    sections: [{ numeral: 'II', kind: 'individual', title: 'CÁ NHÂN', groups: [{ award, rows }] }],
    counts: { collective: 0, individual: individuals, household: 0 },
    coverLetter: {
      parentAgency: 'ỦY BAN NHÂN DÂN TỈNH',
      issuingAgency: 'SỞ NỘI VỤ',
      number: '112/TTr-SNV',
      place: 'Thành phố',
      date: '2024-12-20',
      recipients: [],
      bases: [],
      subject: '',
      body: '',
      attachmentsLine: '',
      copyTo: [],
      signerTitle: 'Giám đốc',
      signerPosition: '',
      signerName: 'Trần Văn B',
    },
    decision: null,
    canManage: true,
    version: 1,
    createdAt: '2024-12-20T00:00:00Z',
  };
}

describe('the award list as a document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'award-list-'));

  it('should keep every percentage whole on its line and write numbers the vi-VN way', async () => {
    const rows = [row(1, 9, 9), row(2, 6, 9), row(3, 2, 3), row(4, 1234, 1500)];
    const file = join(dir, 'list.pdf');
    writeFileSync(file, await renderPdf(buildListDocument(list(rows, 6385))));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const folded = text.replace(/\s+/g, ' ');

    // No line of the page starts with the percent sign ("%)" alone under its number).
    expect(text).not.toMatch(/^\s*%/m);
    for (const vote of [
      '9/9 (100,00 %)',
      '6/9 (66,67 %)',
      '2/3 (66,67 %)',
      '1.234/1.500 (82,27 %)',
    ]) {
      expect(folded).toContain(vote);
    }
    // The count in the text as in any table; a birth year keeps its digits.
    expect(folded).toContain('Tổng cộng: 6.385 (sáu nghìn ba trăm tám mươi lăm) cá nhân');
    expect(folded).toContain('1985');
    expect(folded).not.toContain('1.985');
  });
});
