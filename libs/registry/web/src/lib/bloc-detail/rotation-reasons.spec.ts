import type { UnitRef } from '@thidua/registry/contracts';

import { type RotationReason, rotationReasonText } from './rotation-reasons';

const proposal = { basedOnYear: 2025, cooldownYears: 3 };
const stp: UnitRef = { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null };
const syt: UnitRef = { id: 'u2', code: 'SYT', name: 'Sở Y tế', shortName: 'SYT' };

function reason(
  code: RotationReason['code'],
  unit: UnitRef | null = stp,
  role: 'head' | 'deputy' = 'head',
  year: number | null = null,
): RotationReason {
  return { code, role, unit, year };
}

describe('rotationReasonText', () => {
  it.each<[RotationReason, string]>([
    [reason('deputyBecomesHead'), 'Phó khối năm 2025 (Sở Tư pháp) lên làm Trưởng khối'],
    [
      reason('nextInOrderBecomesHead'),
      'Sở Tư pháp là đơn vị kế tiếp theo thứ tự luân phiên, làm Trưởng khối',
    ],
    [reason('firstInOrderBecomesHead'), 'Sở Tư pháp đứng đầu thứ tự luân phiên, làm Trưởng khối'],
    [
      reason('nextInOrderBecomesDeputy', stp, 'deputy'),
      'Sở Tư pháp là đơn vị kế tiếp theo thứ tự luân phiên, làm Phó khối',
    ],
    [reason('skippedArchived', syt), 'Bỏ qua SYT: đơn vị đã lưu trữ'],
    [reason('skippedDeparted'), 'Bỏ qua Sở Tư pháp: đã rời khối'],
    [
      reason('skippedRecentHead', stp, 'head', 2023),
      'Bỏ qua Sở Tư pháp: đã làm Trưởng khối năm 2023 (trong 3 năm gần đây)',
    ],
    [
      reason('cooldownRelaxed', stp, 'deputy'),
      'Mọi đơn vị còn lại đều đã làm Trưởng khối trong 3 năm gần đây, nên vẫn chọn Sở Tư pháp làm Phó khối',
    ],
    [reason('noDeputyAvailable', null, 'deputy'), 'Không có đơn vị nào phù hợp để làm Phó khối'],
    [reason('noHeadAvailable', null), 'Không có đơn vị nào phù hợp để làm Trưởng khối'],
  ])('should describe %j', (input, expected) => {
    expect(rotationReasonText(input, proposal)).toBe(expected);
  });

  it('should cover every reason code', () => {
    const codes: Array<RotationReason['code']> = [
      'deputyBecomesHead',
      'nextInOrderBecomesHead',
      'firstInOrderBecomesHead',
      'nextInOrderBecomesDeputy',
      'skippedArchived',
      'skippedDeparted',
      'skippedRecentHead',
      'cooldownRelaxed',
      'noDeputyAvailable',
      'noHeadAvailable',
    ];
    for (const code of codes) {
      const text = rotationReasonText(reason(code), proposal);
      expect(text).not.toBe(code);
      expect(text.length).toBeGreaterThan(10);
    }
  });
});
