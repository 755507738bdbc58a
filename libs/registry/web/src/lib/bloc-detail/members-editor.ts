import type { BlocMemberResponse, UnitRef } from '@thidua/registry/contracts';

/** A row of the members editor; its place in the list is the rotation order. */
export interface EditableMember {
  unitId: string;
  unit: UnitRef;
  /** Added in this edit (not yet saved). */
  isNew: boolean;
}

/** The members still in the bloc (not left), in rotation order, ready to edit. */
export function toEditableMembers(members: readonly BlocMemberResponse[]): EditableMember[] {
  return [...members]
    .filter((member) => !member.leftOn)
    .sort((a, b) => a.rotationOrder - b.rotationOrder)
    .map((member) => ({
      unitId: member.unitId,
      unit: {
        id: member.unit.id,
        code: member.unit.code,
        name: member.unit.name,
        shortName: member.unit.shortName,
      },
      isNew: false,
    }));
}

/** Appends a unit at the end of the rotation order; a unit already listed is not added again. */
export function addMember(list: readonly EditableMember[], unit: UnitRef): EditableMember[] {
  if (list.some((member) => member.unitId === unit.id)) return [...list];
  return [...list, { unitId: unit.id, unit, isNew: true }];
}

export function removeMember(list: readonly EditableMember[], unitId: string): EditableMember[] {
  return list.filter((member) => member.unitId !== unitId);
}

/** Moves a member `delta` places (−1 = up, +1 = down); at the edges nothing changes. */
export function moveMember(
  list: readonly EditableMember[],
  index: number,
  delta: number,
): EditableMember[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved);
  return next;
}

/** Whether the edited list differs from the saved one (members or order). */
export function membersChanged(
  original: readonly EditableMember[],
  edited: readonly EditableMember[],
): boolean {
  return (
    original.length !== edited.length ||
    original.some((member, i) => member.unitId !== edited[i].unitId)
  );
}
