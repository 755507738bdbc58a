import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitListItemResponse } from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { applySort, pageOf, searchCondition } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import type { UnitListQueryDto } from './dto/unit-list-query.dto';
import { UnitEntity } from './entities/unit.entity';

/** The expression the `idx_units_search` trigram index covers (migration `CreateRegistry`). */
export const UNIT_SEARCH_EXPRESSION = "u.name || ' ' || coalesce(u.short_name, '') || ' ' || u.code";

@Injectable()
export class UnitsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: UnitListQueryDto): Promise<Page<UnitListItemResponse>> {
    const qb = this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.kind', 'k');
    if (query.q) {
      const search = searchCondition(UNIT_SEARCH_EXPRESSION, query.q);
      qb.andWhere(search.sql, search.params);
    }
    if (query.kindId) qb.andWhere('u.kind_id = :kindId', { kindId: query.kindId });
    if (query.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: query.parentId });
    if (query.isArchived !== undefined) qb.andWhere('u.is_archived = :a', { a: query.isArchived });
    applySort(qb, query.sort, { name: 'u.name', code: 'u.code', shortName: 'u.short_name', createdAt: 'u.created_at' }, 'name', ['name', 'shortName']);
    qb.addOrderBy('u.id');
    return pageOf(qb, query, toUnitListItemResponse);
  }
}

export function toUnitListItemResponse(u: UnitEntity): UnitListItemResponse {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    kindName: u.kind?.name ?? null,
    isArchived: u.isArchived,
  };
}
