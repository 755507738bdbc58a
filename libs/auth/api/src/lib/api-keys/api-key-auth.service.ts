import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { API_KEY_ACTOR_PREFIX } from '@thidua/shared/contracts';
import { ApiException, type ApiKeyVerifier, type AuthUser } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { ApiKeyEntity } from '../entities/api-key.entity';
import { apiKeyPrefix, matchesApiKey } from './api-key-token';

interface Counted {
  window_requests: number;
  rate_limit_per_minute: number;
  retry_after: number;
}

/**
 * Signs a request in with an API key: 401 `auth.apiKeyUnknown|Expired|Revoked`, 429
 * `auth.apiKeyRateLimited` past the key's requests per minute. One UPDATE per request counts it in
 * the key's row (shared by every instance) and moves `last_used_at` at most once a minute.
 */
@Injectable()
export class ApiKeyAuthService implements ApiKeyVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async authenticate(key: string): Promise<AuthUser> {
    const prefix = apiKeyPrefix(key);
    const row = prefix
      ? await this.dataSource.getRepository(ApiKeyEntity).findOne({ where: { prefix } })
      : null;
    if (!row || !matchesApiKey(key, row.secretHash)) {
      throw new ApiException(401, 'auth.apiKeyUnknown');
    }
    if (row.revokedAt) throw new ApiException(401, 'auth.apiKeyRevoked');
    if (row.expiresAt.getTime() <= Date.now()) throw new ApiException(401, 'auth.apiKeyExpired');
    await this.count(row.id);
    return apiKeyActor(row);
  }

  /** Counts the request in the key's current minute (a new one starts after the last ends). */
  private async count(id: string): Promise<void> {
    const [[counted]]: [[Counted]] = await this.dataSource.query(
      `UPDATE api_keys SET
         window_started_at = CASE WHEN window_started_at > now() - interval '1 minute' THEN window_started_at ELSE now() END,
         window_requests = CASE WHEN window_started_at > now() - interval '1 minute' THEN window_requests + 1 ELSE 1 END,
         last_used_at = CASE WHEN last_used_at > now() - interval '1 minute' THEN last_used_at ELSE now() END
       WHERE id = $1
       RETURNING window_requests, rate_limit_per_minute,
         greatest(ceil(extract(epoch FROM window_started_at + interval '1 minute' - now())), 1)::int AS retry_after`,
      [id],
    );
    if (counted.window_requests > counted.rate_limit_per_minute) {
      throw new ApiException(429, 'auth.apiKeyRateLimited', {
        limit: counted.rate_limit_per_minute,
        retryAfterSeconds: counted.retry_after,
      });
    }
  }
}

/**
 * The user a key acts as: named "Khóa API: <name>" in the audit log, with the `unit` role for its
 * unit when it has one (it then sees and writes what that unit's account would), else `viewer`.
 */
export function apiKeyActor(row: ApiKeyEntity): AuthUser {
  const name = `${API_KEY_ACTOR_PREFIX}${row.name}`;
  return {
    id: row.id,
    username: name,
    fullName: name,
    role: row.unitId ? 'unit' : 'viewer',
    unitId: row.unitId,
    sessionId: '',
    mustChangePassword: false,
    apiKey: { id: row.id, scopes: row.scopes },
  };
}
