import type { AwardListResponse, AwardListRow } from '@thidua/documents/contracts';

/** A row of a list, for specs. */
export function listRow(id: string, overrides: Partial<AwardListRow> = {}): AwardListRow {
  return {
    nominationId: id,
    stt: 1,
    kind: 'individual',
    award: { id: 'a1', code: 'BK', name: 'Bằng khen của Chủ tịch UBND tỉnh' },
    name: `Người ${id}`,
    birthYear: 1980,
    sex: 'female',
    position: 'Trưởng phòng',
    unit: { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null },
    summary: 'Hoàn thành xuất sắc nhiệm vụ',
    votes: 8,
    denominator: 9,
    percent: 88.89,
    note: null,
    status: 'voted',
    clearance: { state: 'none', offices: [] },
    ...overrides,
  };
}

/** A draft list with the given individual rows, for specs. */
export function awardList(
  rows: AwardListRow[] = [listRow('n1'), listRow('n2')],
  overrides: Partial<AwardListResponse> = {},
): AwardListResponse {
  return {
    id: 'l1',
    title: 'Danh sách đề nghị khen thưởng năm 2025',
    year: 2025,
    bloc: { id: 'b1', name: 'Khối các sở', kind: 'khoi' },
    order: 'units',
    status: 'draft',
    sections: [
      {
        numeral: 'II',
        kind: 'individual',
        title: 'Cá nhân',
        groups: [{ award: rows[0]?.award ?? listRow('x').award, rows }],
      },
    ],
    counts: { collective: 0, individual: rows.length, household: 0 },
    coverLetter: {
      parentAgency: 'UBND TỈNH LÀO CAI',
      issuingAgency: 'KHỐI CÁC SỞ',
      issuerName: 'Khối các Sở',
      number: '15/TTr-KTĐ',
      place: 'Lào Cai',
      date: '2025-10-05',
      recipients: ['Chủ tịch UBND tỉnh'],
      bases: ['Luật Thi đua, khen thưởng năm 2022'],
      subject: 'Đề nghị tặng Bằng khen',
      body: '',
      attachmentsLine: '(Có biên bản, danh sách kèm theo)',
      copyTo: ['Như trên', 'Lưu: VT'],
      signerTitle: 'TM. KHỐI THI ĐUA',
      signerPosition: 'TRƯỞNG KHỐI',
      signerName: 'Nguyễn Văn B',
    },
    decision: null,
    canManage: true,
    version: 3,
    createdAt: '2025-10-01T00:00:00Z',
    ...overrides,
  };
}
