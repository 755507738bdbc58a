import type { AwardListResponse, AwardListRow } from '@thidua/documents/contracts';
import type { Block, ParagraphBlock, TableBlock } from '@thidua/shared/documents';

import { type DecisionInput, buildDecision } from './decision-document';

const flag = { id: 'f', code: 'CTD', name: 'Cờ thi đua của UBND tỉnh' };
const merit = { id: 'b', code: 'BKT', name: 'Bằng khen của Chủ tịch UBND tỉnh' };

function row(id: string, kind: AwardListRow['kind'], award = merit): AwardListRow {
  return {
    nominationId: id,
    stt: 1,
    kind,
    award,
    name: `Đối tượng ${id}`,
    birthYear: null,
    sex: null,
    position: kind === 'individual' ? 'Chuyên viên' : null,
    unit: { id: 'u', code: 'SNV', name: 'Sở Nội vụ', shortName: null },
    summary: '',
    votes: null,
    denominator: null,
    percent: null,
    note: null,
    status: 'decided',
    clearance: { state: 'none', offices: [] },
  };
}

const list = {
  year: 2025,
  sections: [
    {
      numeral: 'I',
      kind: 'collective',
      title: 'TẬP THỂ',
      groups: [
        { award: flag, rows: [row('c1', 'collective', flag)] },
        { award: merit, rows: [row('c2', 'collective'), row('c3', 'collective')] },
      ],
    },
    {
      numeral: 'II',
      kind: 'individual',
      title: 'CÁ NHÂN',
      groups: [{ award: merit, rows: [row('i1', 'individual'), row('i2', 'individual')] }],
    },
  ],
  coverLetter: { number: '112/TTr-SNV', date: '2025-12-01' },
  decision: { number: '45/QĐ-UBND', date: '2025-12-20', signer: 'Lê Văn A', rejected: ['i2'] },
} as unknown as AwardListResponse;

const input: DecisionInput = {
  issuingAgency: 'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH',
  number: '45/QĐ-UBND',
  place: 'Hòa Bình',
  date: '2025-12-20',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
  decider: 'Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình',
  bases: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
  proposer: 'Giám đốc Sở Nội vụ tỉnh Hòa Bình',
  bodyName: 'Ủy ban nhân dân tỉnh Hòa Bình',
  recipients: [],
  signature: { title: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Lê Văn A' },
};

const textOf = (b: Block) =>
  b.type === 'paragraph'
    ? typeof b.text === 'string'
      ? b.text
      : b.text.map((r) => r.text).join('')
    : b.type === 'list'
      ? b.items.join('\n')
      : '';

describe('buildDecision', () => {
  const doc = buildDecision(list, input);
  const text = doc.blocks.map(textOf).join('\n');

  it('should head the decision with its number, title and who decides', () => {
    expect(doc.header).toMatchObject({ number: '45/QĐ-UBND', date: '2025-12-20' });
    expect(doc.title).toBe('QUYẾT ĐỊNH');
    expect(doc.subtitle).toBe(
      'Về việc tặng Cờ thi đua của UBND tỉnh, Bằng khen của Chủ tịch UBND tỉnh năm 2025',
    );
    expect(textOf(doc.blocks[0])).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(text).toContain(
      'Theo đề nghị của Giám đốc Sở Nội vụ tỉnh Hòa Bình tại Tờ trình số 112/TTr-SNV ngày 01/12/2025.',
    );
  });

  it('should award the rows not rejected, counted per award', () => {
    expect(text).toContain('cho 3 (ba) tập thể và 1 (một) cá nhân');
    expect(text).toContain('Cờ thi đua của UBND tỉnh: 1 (một) tập thể;');
    expect(text).toContain('Bằng khen của Chủ tịch UBND tỉnh: 2 (hai) tập thể và 1 (một) cá nhân;');
    const table = doc.blocks.find((b): b is TableBlock => b.type === 'table');
    expect(table?.rows.map((r) => r[1])).toEqual([
      'Đối tượng c1',
      'Đối tượng c2',
      'Đối tượng c3',
      'Đối tượng i1',
    ]);
    expect(table?.rows[3][2]).toBe('Chuyên viên, Sở Nội vụ');
  });

  it('should close with Nơi nhận and the signer, then attach the list to its number', () => {
    const closing = doc.blocks.find((b) => b.type === 'closing');
    expect(closing).toEqual({
      type: 'closing',
      recipients: ['Như Điều 3', 'Lưu: VT'],
      signature: input.signature,
    });
    const annex = doc.blocks.slice(doc.blocks.findIndex((b) => b.type === 'pageBreak') + 1);
    expect(textOf(annex[1] as ParagraphBlock)).toBe(
      '(Kèm theo Quyết định số 45/QĐ-UBND ngày 20/12/2025 của Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình)',
    );
  });
});
