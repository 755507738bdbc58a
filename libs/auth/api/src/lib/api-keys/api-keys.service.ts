import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitEntity } from '@thidua/registry/api';
import {
  API_KEY_DEFAULT_RATE_LIMIT,
  API_KEY_MAX_DAYS,
  API_KEY_WRITE_SCOPES,
  type ApiKeyResponse,
  type CreatedApiKeyResponse,
  type Page,
} from '@thidua/shared/contracts';
import {
  ApiException,
  AuditService,
  type AuthUser,
  type ListQueryDto,
  conflict,
  invalidFields,
  notFound,
  pageOf,
  searchCondition,
} from '@thidua/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';

import type { CreateApiKeyDto } from '../dto/api-keys.dto';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { generateApiKey } from './api-key-token';
import { apiKeyAuditSnapshot, toApiKeyResponse } from './api-key.mapper';

const DAY_MS = 86_400_000;

/** The admin's integrations keys: create (shown once), list, revoke; each change audited. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListQueryDto): Promise<Page<ApiKeyResponse>> {
    const qb = this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .leftJoinAndSelect('k.unit', 'unit');
    if (query.q) {
      const search = searchCondition("k.name || ' ' || k.prefix", query.q);
      qb.andWhere(search.sql, search.params);
    }
    qb.orderBy('k.revoked_at IS NULL', 'DESC')
      .addOrderBy('k.created_at', 'DESC')
      .addOrderBy('k.id');
    return pageOf(qb, query, toApiKeyResponse);
  }

  async create(dto: CreateApiKeyDto, actor: AuthUser): Promise<CreatedApiKeyResponse> {
    const expiresAt = checkExpiry(dto.expiresAt);
    const { key, prefix, hash } = generateApiKey();
    const saved = await this.dataSource.transaction(async (manager) => {
      await checkName(manager, dto.name);
      const unitId = await checkUnit(manager, dto);
      const row = await manager.save(
        manager.create(ApiKeyEntity, {
          name: dto.name,
          prefix,
          secretHash: hash,
          scopes: dto.scopes,
          unitId,
          rateLimitPerMinute: dto.rateLimitPerMinute ?? API_KEY_DEFAULT_RATE_LIMIT,
          expiresAt,
          createdBy: actor.id,
          createdByUsername: actor.username,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'apiKey',
          entityId: row.id,
          after: apiKeyAuditSnapshot(row),
        },
        manager,
      );
      return row;
    });
    return { ...(await this.get(saved.id)), key };
  }

  async revoke(id: string, actor: AuthUser): Promise<ApiKeyResponse> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ApiKeyEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound('apiKeys.notFound');
      if (row.revokedAt) throw conflict('apiKeys.alreadyRevoked');
      const before = apiKeyAuditSnapshot(row);
      row.revokedAt = new Date();
      row.revokedByUsername = actor.username;
      await manager.save(row);
      await this.audit.record(
        {
          actor,
          action: 'revoke',
          entity: 'apiKey',
          entityId: id,
          before,
          after: apiKeyAuditSnapshot(row),
        },
        manager,
      );
    });
    return this.get(id);
  }

  private async get(id: string): Promise<ApiKeyResponse> {
    const row = await this.dataSource
      .getRepository(ApiKeyEntity)
      .findOne({ where: { id }, relations: { unit: true } });
    if (!row) throw notFound('apiKeys.notFound');
    return toApiKeyResponse(row);
  }
}

/** The expiry as a date: in the future, at most {@link API_KEY_MAX_DAYS} days ahead. */
function checkExpiry(value: string): Date {
  const expiresAt = new Date(value);
  if (expiresAt.getTime() <= Date.now()) {
    throw invalidFields('apiKeys.expiryInPast', { expiresAt: ['apiKeys.expiryInPast'] });
  }
  if (expiresAt.getTime() > Date.now() + API_KEY_MAX_DAYS * DAY_MS) {
    throw invalidFields(
      'apiKeys.expiryTooFar',
      { expiresAt: ['apiKeys.expiryTooFar'] },
      { days: API_KEY_MAX_DAYS },
    );
  }
  return expiresAt;
}

async function checkName(manager: EntityManager, name: string): Promise<void> {
  const taken = await manager
    .getRepository(ApiKeyEntity)
    .createQueryBuilder('k')
    .where('lower(k.name COLLATE "vietnamese") = lower(:name COLLATE "vietnamese")', { name })
    .getExists();
  if (taken) {
    throw new ApiException(409, 'apiKeys.nameTaken', { name }, { name: ['apiKeys.nameTaken'] });
  }
}

/** The key's unit: an active one, and needed by the scopes that write. */
async function checkUnit(manager: EntityManager, dto: CreateApiKeyDto): Promise<string | null> {
  if (!dto.unitId) {
    if (dto.scopes.some((s) => API_KEY_WRITE_SCOPES.includes(s))) {
      throw invalidFields('apiKeys.unitRequired', { unitId: ['apiKeys.unitRequired'] });
    }
    return null;
  }
  const unit = await manager.findOne(UnitEntity, { where: { id: dto.unitId } });
  if (!unit || unit.isArchived) {
    throw invalidFields('apiKeys.unitNotFound', { unitId: ['apiKeys.unitNotFound'] });
  }
  return unit.id;
}
