import type { UnitSummary, UserResponse } from '@thidua/auth/contracts';
import type { UnitEntity } from '@thidua/registry/api';

import type { UserEntity } from './entities/user.entity';

export function toUnitSummary(unit: UnitEntity | null | undefined): UnitSummary | null {
  return unit ? { id: unit.id, name: unit.name, shortName: unit.shortName } : null;
}

export function toUserResponse(user: UserEntity, signInLockedUntil?: Date | null): UserResponse {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    unit: toUnitSummary(user.unit),
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    mailOptOut: user.mailOptOut,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    signInLockedUntil: signInLockedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}

/** The fields an audit entry records for a user (never the password hash). */
export function auditSnapshot(user: UserEntity): Record<string, unknown> {
  return {
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    unitId: user.unitId,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    mailOptOut: user.mailOptOut,
  };
}
