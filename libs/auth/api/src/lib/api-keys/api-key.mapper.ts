import type { ApiKeyResponse } from '@thidua/shared/contracts';

import type { ApiKeyEntity } from '../entities/api-key.entity';

export function toApiKeyResponse(e: ApiKeyEntity): ApiKeyResponse {
  return {
    id: e.id,
    name: e.name,
    prefix: e.prefix,
    scopes: e.scopes,
    unitId: e.unitId,
    unitName: e.unit?.name ?? null,
    rateLimitPerMinute: e.rateLimitPerMinute,
    expiresAt: e.expiresAt.toISOString(),
    createdAt: e.createdAt.toISOString(),
    createdByUsername: e.createdByUsername,
    lastUsedAt: e.lastUsedAt?.toISOString() ?? null,
    revokedAt: e.revokedAt?.toISOString() ?? null,
    revokedByUsername: e.revokedByUsername,
  };
}

/** What the audit log keeps of a key (never its hash). */
export function apiKeyAuditSnapshot(e: ApiKeyEntity): Record<string, unknown> {
  const { id, name, prefix, scopes, unitId, rateLimitPerMinute, expiresAt, revokedAt } = e;
  return { id, name, prefix, scopes, unitId, rateLimitPerMinute, expiresAt, revokedAt };
}
