import { type ListRowInput, countByKind, countsInWords, groupAwardList } from './award-list';

const award = (code: string) => ({
  id: code,
  code,
  name: code === 'CTDT' ? 'Cờ thi đua của UBND tỉnh' : 'Bằng khen của Chủ tịch UBND tỉnh',
});
const unit = (name: string) => ({ id: name, code: name, name, shortName: null });

function row(
  kind: ListRowInput['kind'],
  name: string,
  awardCode: string,
  unitName: string,
  unitOrder: number | null,
): ListRowInput {
  return {
    nominationId: `${kind}-${name}`,
    kind,
    award: award(awardCode),
    awardOrder: awardCode === 'CTDT' ? 1 : 2,
    name,
    birthYear: null,
    sex: null,
    position: null,
    unit: unit(unitName),
    unitOrder,
    summary: '',
    votes: null,
    denominator: null,
    percent: null,
    note: null,
    status: 'voted',
    clearance: { state: 'none', offices: [] },
  };
}

describe('groupAwardList', () => {
  const rows = [
    row('individual', 'Đỗ Văn Bình', 'BKT', 'Báo Lào Cai', 9),
    row('collective', 'Văn phòng Tỉnh ủy', 'CTDT', 'Văn phòng Tỉnh ủy', 1),
    row('individual', 'An Thị Hoa', 'BKT', 'Văn phòng Tỉnh ủy', 1),
    row('collective', 'Trường Chính trị tỉnh', 'CTDT', 'Trường Chính trị tỉnh', 7),
    row('household', 'Giàng A Páo', 'BKT', 'Xã Bát Xát', null),
    row('collective', 'Ban Tổ chức Tỉnh ủy', 'BKT', 'Ban Tổ chức Tỉnh ủy', 4),
  ];

  it('should group by beneficiary kind, then award, numbering within each section', () => {
    const sections = groupAwardList(rows, 'units');
    expect(sections.map((s) => [s.numeral, s.title, s.groups.map((g) => g.award.code)])).toEqual([
      ['I', 'TẬP THỂ', ['CTDT', 'BKT']],
      ['II', 'CÁ NHÂN', ['BKT']],
      ['III', 'HỘ GIA ĐÌNH', ['BKT']],
    ]);
    expect(sections[0].groups.flatMap((g) => g.rows.map((r) => [r.stt, r.name]))).toEqual([
      [1, 'Văn phòng Tỉnh ủy'],
      [2, 'Trường Chính trị tỉnh'],
      [3, 'Ban Tổ chức Tỉnh ủy'],
    ]);
    expect(sections[1].groups[0].rows.map((r) => r.name)).toEqual(['An Thị Hoa', 'Đỗ Văn Bình']);
  });

  it('should order by names in Vietnamese order when asked', () => {
    const sections = groupAwardList(rows, 'names');
    expect(sections[0].groups[0].rows.map((r) => r.name)).toEqual([
      'Trường Chính trị tỉnh',
      'Văn phòng Tỉnh ủy',
    ]);
  });

  it('should leave out empty sections', () => {
    expect(
      groupAwardList(
        rows.filter((r) => r.kind === 'individual'),
        'units',
      ).map((s) => s.numeral),
    ).toEqual(['II']);
    expect(groupAwardList([], 'units')).toEqual([]);
  });
});

describe('countsInWords', () => {
  it.each([
    [{ collective: 9, individual: 9, household: 0 }, '9 (chín) tập thể và 9 (chín) cá nhân'],
    [
      { collective: 15, individual: 36, household: 8 },
      '15 (mười lăm) tập thể, 36 (ba mươi sáu) cá nhân và 8 (tám) hộ gia đình',
    ],
    [{ collective: 2, individual: 0, household: 0 }, '2 (hai) tập thể'],
    [{ collective: 0, individual: 0, household: 0 }, '0 (không) đối tượng'],
  ])('should write %j as %s', (counts, expected) => {
    expect(countsInWords(counts)).toBe(expected);
  });

  it('should count rows by kind', () => {
    expect(
      countByKind([{ kind: 'collective' }, { kind: 'household' }, { kind: 'collective' }]),
    ).toEqual({ collective: 2, individual: 0, household: 1 });
  });
});
