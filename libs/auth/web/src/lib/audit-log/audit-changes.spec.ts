import { auditChanges, formatAuditValue } from './audit-changes';

describe('auditChanges', () => {
  it('should list only the fields that changed, without the version', () => {
    expect(
      auditChanges(
        { title: 'Cũ', place: 'Hội trường', version: 2, members: ['a', 'b'] },
        { title: 'Mới', place: 'Hội trường', version: 3, members: ['a', 'b'], chair: 'Nụ' },
      ),
    ).toEqual([
      { field: 'title', before: 'Cũ', after: 'Mới' },
      { field: 'chair', before: undefined, after: 'Nụ' },
    ]);
  });

  it('should list every field of a creation and of a deletion', () => {
    expect(auditChanges(null, { name: 'A', code: 'X' }).map((c) => c.field)).toEqual([
      'name',
      'code',
    ]);
    expect(auditChanges({ name: 'A' }, null)).toEqual([
      { field: 'name', before: 'A', after: undefined },
    ]);
  });

  it('should see a change inside nested lists', () => {
    expect(
      auditChanges(
        { results: [{ targetId: 't', value: 2 }] },
        { results: [{ targetId: 't', value: 5 }] },
      ).map((c) => c.field),
    ).toEqual(['results']);
  });
});

describe('formatAuditValue', () => {
  it.each([
    [null, '—'],
    ['', '—'],
    [true, 'có'],
    [false, 'không'],
    ['2025-03-04', '04/03/2025'],
    [12, '12'],
    [['Nguyễn Văn An', 'Đỗ Thị Hạnh'], 'Nguyễn Văn An; Đỗ Thị Hạnh'],
    [[], '—'],
    [{ issued: 9, valid: 8, version: 4 }, 'issued: 9, valid: 8'],
  ])('should show %p as %p', (value, text) => {
    expect(formatAuditValue(value)).toBe(text);
  });

  it('should show a time as dd/MM/yyyy HH:mm and name nested fields', () => {
    expect(formatAuditValue('2025-03-04T05:06:00')).toBe('04/03/2025 05:06');
    expect(formatAuditValue({ valid: 8 }, (f) => (f === 'valid' ? 'Phiếu hợp lệ' : f))).toBe(
      'Phiếu hợp lệ: 8',
    );
  });
});
