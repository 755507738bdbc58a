import { clearanceNote, clearanceSentence } from './clearance-text';

describe('clearance on the printed list', () => {
  it.each([
    [{ state: 'none', offices: [] }, ''],
    [{ state: 'cleared', offices: [] }, 'Đã xác nhận'],
    [{ state: 'objection', offices: ['Thanh tra tỉnh'] }, 'Có ý kiến phản đối (Thanh tra tỉnh)'],
    [
      { state: 'overdue', offices: ['Công an tỉnh', 'Cục Thuế'] },
      'Quá hạn chưa xác nhận (Công an tỉnh, Cục Thuế)',
    ],
  ] as const)('should note %j as "%s"', (c, text) => {
    expect(clearanceNote({ state: c.state, offices: [...c.offices] })).toBe(text);
  });

  it('should count the states in the cover letter, and say nothing when no one was asked', () => {
    expect(clearanceSentence([{ state: 'none', offices: [] }])).toBeNull();
    expect(
      clearanceSentence([
        { state: 'cleared', offices: [] },
        { state: 'cleared', offices: [] },
        { state: 'objection', offices: ['Thanh tra tỉnh'] },
        { state: 'none', offices: [] },
      ]),
    ).toBe(
      'Kết quả xác nhận, hiệp y của các cơ quan có thẩm quyền: 2 đối tượng đã xác nhận, 1 đối tượng có ý kiến phản đối, 1 đối tượng chưa gửi xác nhận.',
    );
  });
});
