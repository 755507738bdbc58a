import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitKindResponse } from '@thidua/registry/contracts';
import {
  ApiException,
  AuditService,
  type AuthUser,
  checkVersion,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import type { CreateUnitKindDto, UpdateUnitKindDto } from './dto/units.dto';
import { UnitKindEntity } from './entities/unit-kind.entity';

const toResponse = (k: UnitKindEntity): UnitKindResponse => ({
  id: k.id,
  code: k.code,
  name: k.name,
  sortOrder: k.sortOrder,
  isActive: k.isActive,
  version: k.version,
});

const snapshot = (k: UnitKindEntity) => ({
  code: k.code,
  name: k.name,
  sortOrder: k.sortOrder,
  isActive: k.isActive,
});

/** The admin-editable list of unit kinds (cơ quan Đảng, cơ quan nhà nước, đoàn thể, …). */
@Injectable()
export class UnitKindsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<UnitKindResponse[]> {
    const kinds = await this.dataSource
      .getRepository(UnitKindEntity)
      .createQueryBuilder('k')
      .orderBy('k.sort_order')
      .addOrderBy('k.name COLLATE "vietnamese"')
      .getMany();
    return kinds.map(toResponse);
  }

  async create(dto: CreateUnitKindDto, actor: AuthUser): Promise<UnitKindResponse> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(UnitKindEntity, { where: { code: dto.code } })) {
        throw new ApiException(
          409,
          'unitKinds.codeTaken',
          { code: dto.code },
          { code: ['unitKinds.codeTaken'] },
        );
      }
      const saved = await manager.save(
        manager.create(UnitKindEntity, {
          code: dto.code,
          name: dto.name,
          sortOrder: dto.sortOrder ?? 0,
        }),
      );
      await this.audit.record(
        { actor, action: 'create', entity: 'unitKind', entityId: saved.id, after: snapshot(saved) },
        manager,
      );
      return toResponse(saved);
    });
  }

  async update(id: string, dto: UpdateUnitKindDto, actor: AuthUser): Promise<UnitKindResponse> {
    return this.dataSource.transaction(async (manager) => {
      const kind = await manager.findOne(UnitKindEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!kind) throw notFound('unitKinds.notFound');
      checkVersion(dto.version, kind.version);
      const before = snapshot(kind);
      Object.assign(kind, {
        name: dto.name ?? kind.name,
        sortOrder: dto.sortOrder ?? kind.sortOrder,
        isActive: dto.isActive ?? kind.isActive,
      });
      const saved = await manager.save(kind);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'unitKind',
          entityId: id,
          before,
          after: snapshot(saved),
        },
        manager,
      );
      return toResponse(saved);
    });
  }
}
