import type { MovementResponse } from '@thidua/movements/contracts';

import {
  emptyMovementForm,
  moveItem,
  parseNumberVi,
  toMovementFormValue,
  toSaveMovementRequest,
} from './movement-form';

function movement(): MovementResponse {
  return {
    id: 'm1',
    kind: 'special',
    title: '90 ngày lao động xuất sắc',
    slogan: null,
    launchingAuthority: 'UBND tỉnh Lào Cai',
    launchDate: '2021-07-03',
    startDate: '2021-07-03',
    endDate: '2021-10-01',
    anniversaries: ['30 năm tái lập tỉnh Lào Cai'],
    targets: [
      { id: 't1', content: 'Giải ngân vốn đầu tư công', measure: '%', targetValue: 95.5 },
      { id: 't2', content: 'Xây dựng mô hình', measure: 'mô hình', targetValue: 1200 },
    ],
    blocs: [{ id: 'b1', name: 'Khối Nội chính', kind: 'khoi' }],
    units: [{ id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: 'STP' }],
    status: 'draft',
    midYearReviewDate: null,
    yearEndReviewDate: '2021-10-15',
    documents: [],
    models: [],
    results: [],
    canManage: true,
    reportableUnitIds: [],
    version: 3,
    createdAt: '2021-07-01T00:00:00Z',
    updatedAt: '2021-07-01T00:00:00Z',
  };
}

describe('movement form mapping', () => {
  it('should map a filled form to SaveMovementRequest with target ids kept', () => {
    const value = toMovementFormValue(movement());
    value.targets.push({ id: null, content: '  Tổ chức hội nghị ', measure: ' ', targetValue: '' });
    value.title = '  90 ngày lao động xuất sắc  ';
    expect(toSaveMovementRequest(value)).toEqual({
      kind: 'special',
      title: '90 ngày lao động xuất sắc',
      slogan: null,
      launchingAuthority: 'UBND tỉnh Lào Cai',
      launchDate: '2021-07-03',
      startDate: '2021-07-03',
      endDate: '2021-10-01',
      midYearReviewDate: null,
      yearEndReviewDate: '2021-10-15',
      anniversaries: ['30 năm tái lập tỉnh Lào Cai'],
      targets: [
        { id: 't1', content: 'Giải ngân vốn đầu tư công', measure: '%', targetValue: 95.5 },
        { id: 't2', content: 'Xây dựng mô hình', measure: 'mô hình', targetValue: 1200 },
        { content: 'Tổ chức hội nghị', measure: null, targetValue: null },
      ],
      blocIds: ['b1'],
      unitIds: ['u1'],
    });
  });

  it('should keep the target order after reordering rows', () => {
    const value = toMovementFormValue(movement());
    value.targets = moveItem(value.targets, 1, -1);
    expect(toSaveMovementRequest(value).targets?.map((t) => t.id)).toEqual(['t2', 't1']);
  });

  it('should show target values the Vietnamese way in the edit form', () => {
    const value = toMovementFormValue(movement());
    expect(value.targets.map((t) => t.targetValue)).toEqual(['95,5', '1.200']);
    expect(value.launchDate).toEqual(new Date(2021, 6, 3));
  });

  it('should send a new movement without targets, blocs or units as empty lists', () => {
    const value = {
      ...emptyMovementForm(),
      title: 'Thi đua',
      launchingAuthority: 'UBND',
      startDate: new Date(2025, 0, 1),
      endDate: new Date(2025, 11, 31),
      anniversaries: [' ', 'Ngày Thương binh – Liệt sĩ 27/7'],
    };
    expect(toSaveMovementRequest(value)).toMatchObject({
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      launchDate: null,
      anniversaries: ['Ngày Thương binh – Liệt sĩ 27/7'],
      targets: [],
      blocIds: [],
      unitIds: [],
    });
  });

  it.each([
    ['', null],
    ['100', 100],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['95,5', 95.5],
    ['12.5', 12.5],
    ['abc', Number.NaN],
  ])('should parse "%s" as %p', (text, expected) => {
    expect(parseNumberVi(text)).toEqual(expected);
  });

  it('should not move rows past the ends', () => {
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
  });
});
