import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  UnitDetailResponse,
  UnitListItemResponse,
  UnitResponse,
  UnitTreeNode,
  UnitYearMembership,
} from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import {
  ApiException,
  applySort,
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  notFound,
  pageOf,
  foldedColumnCondition,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { BlocAccessService } from './bloc-access.service';
import type { UnitListQueryDto } from './dto/unit-list-query.dto';
import type { CreateUnitDto, UpdateUnitDto } from './dto/units.dto';
import { UnitKindEntity } from './entities/unit-kind.entity';
import { UnitEntity } from './entities/unit.entity';
import { toUnitRef, toUnitResponse, unitSnapshot } from './unit.mapper';

/** name, short name and code folded, trigram-indexed (migration `KeepFoldedSearchText`). */
export const UNIT_SEARCH_COLUMN = 'u.search_text';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
  ) {}

  async list(query: UnitListQueryDto): Promise<Page<UnitListItemResponse>> {
    const qb = this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.kind', 'k');
    if (query.q) {
      const search = foldedColumnCondition(UNIT_SEARCH_COLUMN, query.q);
      qb.andWhere(search.sql, search.params);
    }
    if (query.kindId) qb.andWhere('u.kind_id = :kindId', { kindId: query.kindId });
    if (query.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: query.parentId });
    if (query.isArchived !== undefined) qb.andWhere('u.is_archived = :a', { a: query.isArchived });
    if (query.blocId || query.year) {
      const params = { blocId: query.blocId ?? null, year: query.year ?? null };
      qb.andWhere(
        `EXISTS (SELECT 1 FROM bloc_memberships m WHERE m.unit_id = u.id
                  AND (CAST(:blocId AS uuid) IS NULL OR m.bloc_id = :blocId)
                  AND (CAST(:year AS smallint) IS NULL OR m.term_year = :year))`,
        params,
      );
    }
    if (query.withoutBlocIn) {
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM bloc_memberships m WHERE m.unit_id = u.id AND m.term_year = :free)`,
        { free: query.withoutBlocIn },
      );
    }
    applySort(
      qb,
      query.sort,
      {
        name: 'u.name',
        code: 'u.code',
        shortName: 'u.short_name',
        kind: 'k.sort_order',
        createdAt: 'u.created_at',
      },
      'name',
      ['name', 'shortName'],
    );
    qb.addOrderBy('u.id');
    return pageOf(qb, query, toUnitListItemResponse);
  }

  /** Every unit with its parent, for the tree view (small: a province has a few hundred). */
  async tree(includeArchived: boolean): Promise<UnitTreeNode[]> {
    const rows: Array<{
      id: string;
      code: string;
      name: string;
      parent_id: string | null;
      is_archived: boolean;
    }> = await this.dataSource.query(
      `SELECT id, code, name, parent_id, is_archived FROM units
          WHERE $1 OR NOT is_archived ORDER BY name COLLATE "vietnamese", id`,
      [includeArchived],
    );
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      parentId: r.parent_id,
      isArchived: r.is_archived,
    }));
  }

  async get(id: string, user: AuthUser): Promise<UnitDetailResponse> {
    const unit = await this.find(this.dataSource.manager, id);
    const children = await this.dataSource
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .where('u.parent_id = :id', { id })
      .orderBy('u.name', 'ASC')
      .getMany();
    const memberships: Array<{
      term_year: number;
      bloc_id: string;
      bloc_name: string;
      bloc_kind: 'khoi' | 'cum';
      joined_on: string | null;
      left_on: string | null;
      role: 'head' | 'deputy' | null;
    }> = await this.dataSource.query(
      `SELECT m.term_year, b.id AS bloc_id, b.name AS bloc_name, b.kind AS bloc_kind,
              to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on, to_char(m.left_on, 'YYYY-MM-DD') AS left_on,
              CASE WHEN l.head_unit_id = m.unit_id THEN 'head'
                   WHEN l.deputy_unit_id = m.unit_id THEN 'deputy' END AS role
         FROM bloc_memberships m
         JOIN blocs b ON b.id = m.bloc_id
         LEFT JOIN bloc_leaderships l ON l.bloc_id = m.bloc_id AND l.term_year = m.term_year
        WHERE m.unit_id = $1
        ORDER BY m.term_year DESC`,
      [id],
    );
    return {
      ...toUnitResponse(unit),
      children: children.sort((a, b) => a.name.localeCompare(b.name, 'vi')).map(toUnitRef),
      memberships: memberships.map(
        (m): UnitYearMembership => ({
          year: Number(m.term_year),
          bloc: { id: m.bloc_id, name: m.bloc_name, kind: m.bloc_kind },
          joinedOn: m.joined_on,
          leftOn: m.left_on,
          role: m.role,
        }),
      ),
      canManage: await this.access.canManageUnit(user, id),
    };
  }

  async create(dto: CreateUnitDto, actor: AuthUser): Promise<UnitResponse> {
    if (actor.role !== 'admin' && actor.role !== 'secretariat') throw forbidden();
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertCodeFree(manager, dto.code);
      await this.checkKind(manager, dto.kindId ?? null);
      await this.checkParent(manager, null, dto.parentId ?? null);
      const saved = await manager.save(
        manager.create(UnitEntity, {
          code: dto.code,
          name: dto.name,
          shortName: dto.shortName ?? null,
          kindId: dto.kindId ?? null,
          parentId: dto.parentId ?? null,
          address: dto.address ?? null,
          headName: dto.headName ?? null,
          headPosition: dto.headPosition ?? null,
          phone: dto.phone ?? null,
          email: dto.email ?? null,
        }),
      );
      await this.audit.record(
        { actor, action: 'create', entity: 'unit', entityId: saved.id, after: unitSnapshot(saved) },
        manager,
      );
      return saved.id;
    });
    return toUnitResponse(await this.find(this.dataSource.manager, id));
  }

  async update(id: string, dto: UpdateUnitDto, actor: AuthUser): Promise<UnitResponse> {
    if (!(await this.access.canManageUnit(actor, id))) {
      await this.find(this.dataSource.manager, id);
      throw forbidden();
    }
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.find(manager, id, true);
      checkVersion(dto.version, unit.version);
      const before = unitSnapshot(unit);
      if (dto.code !== undefined && dto.code !== unit.code)
        await this.assertCodeFree(manager, dto.code);
      if (dto.kindId !== undefined) await this.checkKind(manager, dto.kindId);
      if (dto.parentId !== undefined) await this.checkParent(manager, id, dto.parentId);
      const { version: _version, ...changes } = dto;
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) (unit as unknown as Record<string, unknown>)[key] = value;
      }
      delete unit.kind;
      delete unit.parent;
      const saved = await manager.save(unit);
      const action = dto.isArchived === true && !before['isArchived'] ? 'archive' : 'update';
      await this.audit.record(
        { actor, action, entity: 'unit', entityId: id, before, after: unitSnapshot(saved) },
        manager,
      );
    });
    return toUnitResponse(await this.find(this.dataSource.manager, id));
  }

  /** Deletes a unit nothing refers to; a referenced unit can only be archived (409). */
  async remove(id: string, actor: AuthUser): Promise<void> {
    if (actor.role !== 'admin') throw forbidden();
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.find(manager, id, true);
      const [ref] = (await manager.query(
        `SELECT EXISTS (SELECT 1 FROM bloc_memberships WHERE unit_id = $1)
             OR EXISTS (SELECT 1 FROM bloc_leaderships WHERE head_unit_id = $1 OR deputy_unit_id = $1)
             OR EXISTS (SELECT 1 FROM units WHERE parent_id = $1)
             OR EXISTS (SELECT 1 FROM users WHERE unit_id = $1) AS referenced`,
        [id],
      )) as Array<{ referenced: boolean }>;
      if (ref.referenced) throw conflict('units.referenced');
      await manager.delete(UnitEntity, { id });
      await this.audit.record(
        { actor, action: 'delete', entity: 'unit', entityId: id, before: unitSnapshot(unit) },
        manager,
      );
    });
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<UnitEntity> {
    const qb = manager
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .where('u.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    else qb.leftJoinAndSelect('u.kind', 'k').leftJoinAndSelect('u.parent', 'p');
    const unit = await qb.getOne();
    if (!unit) throw notFound('units.notFound');
    return unit;
  }

  private async assertCodeFree(manager: EntityManager, code: string): Promise<void> {
    if (await manager.exists(UnitEntity, { where: { code } })) {
      throw new ApiException(409, 'units.codeTaken', { code }, { code: ['units.codeTaken'] });
    }
  }

  private async checkKind(manager: EntityManager, kindId: string | null): Promise<void> {
    if (!kindId) return;
    const kind = await manager.findOne(UnitKindEntity, { where: { id: kindId } });
    if (!kind || !kind.isActive)
      throw invalidFields('units.kindNotFound', { kindId: ['units.kindNotFound'] });
  }

  /** The parent must exist and must not be the unit itself or one of its descendants. */
  private async checkParent(
    manager: EntityManager,
    unitId: string | null,
    parentId: string | null,
  ): Promise<void> {
    if (!parentId) return;
    if (!(await manager.exists(UnitEntity, { where: { id: parentId } }))) {
      throw invalidFields('units.parentNotFound', { parentId: ['units.parentNotFound'] });
    }
    if (!unitId) return;
    const [row] = (await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM units WHERE id = $1
         UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id)
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
      [parentId, unitId],
    )) as Array<{ cycle: boolean }>;
    if (row.cycle) throw invalidFields('units.parentCycle', { parentId: ['units.parentCycle'] });
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
