import type { PledgeResponse, PledgeUnitResponse } from '@thidua/movements/contracts';

import { orderPledgeUnits, pledgeProgressView } from './pledge-view';

function unit(id: string, role: PledgeUnitResponse['role'], signed: boolean): PledgeUnitResponse {
  return {
    unit: { id, code: id.toUpperCase(), name: `Đơn vị ${id}`, shortName: null },
    role,
    targets: [],
    titles: [],
    signature: signed
      ? {
          unit: { id, code: id, name: id, shortName: null },
          signerName: 'Nguyễn Văn A',
          signerPosition: 'Giám đốc',
          signedOn: '2025-02-01',
          method: 'app',
          scan: null,
          recordedBy: null,
          recordedAt: '2025-02-01T00:00:00Z',
        }
      : null,
    version: 0,
  };
}

function pledge(
  units: PledgeUnitResponse[],
  signedCount: number,
  memberCount: number,
): PledgeResponse {
  return {
    id: 'p',
    blocId: 'b',
    bloc: { id: 'b', name: 'Khối Nội chính', kind: 'khoi' },
    year: 2025,
    movement: null,
    title: 'Bản giao ước thi đua năm 2025',
    place: 'Lào Cai',
    commitments: [],
    status: 'open',
    lockedAt: null,
    units,
    signedCount,
    memberCount,
    canManage: false,
    signableUnitIds: [],
    version: 1,
  };
}

describe('pledge view', () => {
  it('should show signed of members with the percentage and the unsigned units', () => {
    const view = pledgeProgressView(
      pledge([unit('a', null, true), unit('b', 'deputy', false), unit('c', 'head', true)], 2, 3),
    );
    expect(view).toMatchObject({ signed: 2, members: 3, percent: 67, isComplete: false });
    expect(view.unsigned.map((u) => u.id)).toEqual(['b']);
  });

  it('should be complete when every member signed', () => {
    const view = pledgeProgressView(pledge([unit('a', 'head', true)], 1, 1));
    expect(view).toMatchObject({ signed: 1, members: 1, percent: 100, isComplete: true });
    expect(view.unsigned).toEqual([]);
  });

  it('should show 0% for a bloc without members', () => {
    expect(pledgeProgressView(pledge([], 0, 0))).toMatchObject({
      percent: 0,
      isComplete: false,
    });
  });

  it('should put the head first, then the deputy, then the rest in order', () => {
    const ordered = orderPledgeUnits([
      unit('a', null, false),
      unit('b', 'deputy', false),
      unit('c', null, false),
      unit('d', 'head', false),
    ]);
    expect(ordered.map((u) => u.unit.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});
