import type { BlocMemberResponse, UnitRef } from '@thidua/registry/contracts';

import {
  addMember,
  membersChanged,
  moveMember,
  removeMember,
  toEditableMembers,
} from './members-editor';

function ref(id: string): UnitRef {
  return { id, code: id.toUpperCase(), name: `Đơn vị ${id}`, shortName: null };
}

function member(
  id: string,
  rotationOrder: number,
  leftOn: string | null = null,
): BlocMemberResponse {
  return {
    unitId: id,
    unit: { ...ref(id), isArchived: false },
    rotationOrder,
    joinedOn: '2025-01-01',
    leftOn,
  };
}

const ids = (list: Array<{ unitId: string }>) => list.map((m) => m.unitId);

describe('members editor', () => {
  it('should start from the current members in rotation order, without those who left', () => {
    const list = toEditableMembers([member('c', 3), member('a', 1), member('x', 2, '2025-06-30')]);
    expect(ids(list)).toEqual(['a', 'c']);
    expect(list.every((m) => !m.isNew)).toBe(true);
  });

  it('should add a unit at the end once', () => {
    const list = toEditableMembers([member('a', 1)]);
    const added = addMember(list, ref('b'));
    expect(ids(added)).toEqual(['a', 'b']);
    expect(added[1].isNew).toBe(true);
    expect(ids(addMember(added, ref('b')))).toEqual(['a', 'b']);
  });

  it('should remove a unit', () => {
    const list = toEditableMembers([member('a', 1), member('b', 2)]);
    expect(ids(removeMember(list, 'a'))).toEqual(['b']);
  });

  it('should move units up and down and stay put at the edges', () => {
    const list = toEditableMembers([member('a', 1), member('b', 2), member('c', 3)]);
    expect(ids(moveMember(list, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveMember(list, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveMember(list, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveMember(list, 2, 1))).toEqual(['a', 'b', 'c']);
  });

  it('should tell whether the list changed', () => {
    const list = toEditableMembers([member('a', 1), member('b', 2)]);
    expect(membersChanged(list, [...list])).toBe(false);
    expect(membersChanged(list, moveMember(list, 0, 1))).toBe(true);
    expect(membersChanged(list, removeMember(list, 'a'))).toBe(true);
  });
});
