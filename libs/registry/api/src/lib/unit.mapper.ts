import type { UnitRef, UnitResponse } from '@thidua/registry/contracts';

import type { UnitEntity } from './entities/unit.entity';

export function toUnitRef(unit: Pick<UnitEntity, 'id' | 'code' | 'name' | 'shortName'>): UnitRef {
  return { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName };
}

export function toUnitResponse(u: UnitEntity): UnitResponse {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    kind: u.kind ? { id: u.kind.id, name: u.kind.name } : null,
    parent: u.parent ? toUnitRef(u.parent) : null,
    address: u.address,
    headName: u.headName,
    headPosition: u.headPosition,
    phone: u.phone,
    email: u.email,
    isArchived: u.isArchived,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    version: u.version,
  };
}

/** What the audit log keeps of a unit. */
export function unitSnapshot(u: UnitEntity): Record<string, unknown> {
  return {
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    kindId: u.kindId,
    parentId: u.parentId,
    address: u.address,
    headName: u.headName,
    headPosition: u.headPosition,
    phone: u.phone,
    email: u.email,
    isArchived: u.isArchived,
  };
}
