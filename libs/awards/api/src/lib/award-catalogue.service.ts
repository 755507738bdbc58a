import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AwardRuleVersion, AwardTypeResponse } from '@thidua/awards/contracts';
import {
  ApiException,
  AuditService,
  type AuthUser,
  checkVersion,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import type { SaveAwardRuleVersionDto, SaveAwardTypeDto } from './dto/awards.dto';
import { AwardRuleVersionEntity, AwardTypeEntity } from './entities/award-type.entity';

export function toRuleVersion(v: AwardRuleVersionEntity): AwardRuleVersion {
  return {
    id: v.id,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    legalCitation: v.legalCitation,
    bonusCoefficient: Number(v.bonusCoefficient),
    ballot: {
      threshold: Number(v.ballotThreshold),
      denominator: v.ballotDenominator,
      comparator: v.ballotComparator,
    },
    quotaPerBloc: v.quotaPerBloc,
    prerequisites: v.prerequisites,
  };
}

const typeSnapshot = (t: AwardTypeEntity) => ({
  code: t.code,
  name: t.name,
  category: t.category,
  beneficiaryKinds: t.beneficiaryKinds,
  decidingAuthority: t.decidingAuthority,
  kind: t.kind,
  sortOrder: t.sortOrder,
  isActive: t.isActive,
});

/** The award catalogue: reference data an admin edits, with rules versioned by effective date. */
@Injectable()
export class AwardCatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(includeInactive: boolean): Promise<AwardTypeResponse[]> {
    const types = await this.dataSource
      .getRepository(AwardTypeEntity)
      .createQueryBuilder('t')
      .where(includeInactive ? '1 = 1' : 't.is_active')
      .orderBy('t.sort_order')
      .addOrderBy('t.name')
      .getMany();
    const versions = await this.dataSource
      .getRepository(AwardRuleVersionEntity)
      .createQueryBuilder('v')
      .orderBy('v.effective_from', 'DESC')
      .getMany();
    return types.map((t) =>
      this.toResponse(
        t,
        versions.filter((v) => v.awardTypeId === t.id),
      ),
    );
  }

  async get(id: string, manager = this.dataSource.manager): Promise<AwardTypeResponse> {
    const type = await manager.findOne(AwardTypeEntity, { where: { id } });
    if (!type) throw notFound('awards.notFound');
    const versions = await manager.find(AwardRuleVersionEntity, {
      where: { awardTypeId: id },
      order: { effectiveFrom: 'DESC' },
    });
    return this.toResponse(type, versions);
  }

  async create(dto: SaveAwardTypeDto, actor: AuthUser): Promise<AwardTypeResponse> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(AwardTypeEntity, { where: { code: dto.code } })) {
        throw new ApiException(
          409,
          'awards.codeTaken',
          { code: dto.code },
          { code: ['awards.codeTaken'] },
        );
      }
      const { version: _v, ...fields } = dto;
      const saved = await manager.save(
        manager.create(AwardTypeEntity, { ...fields, sortOrder: dto.sortOrder ?? 0 }),
      );
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'awardType',
          entityId: saved.id,
          after: typeSnapshot(saved),
        },
        manager,
      );
      return this.get(saved.id, manager);
    });
  }

  async update(id: string, dto: SaveAwardTypeDto, actor: AuthUser): Promise<AwardTypeResponse> {
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.findOne(AwardTypeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!type) throw notFound('awards.notFound');
      checkVersion(dto.version, type.version);
      if (
        dto.code !== type.code &&
        (await manager.exists(AwardTypeEntity, { where: { code: dto.code } }))
      ) {
        throw new ApiException(
          409,
          'awards.codeTaken',
          { code: dto.code },
          { code: ['awards.codeTaken'] },
        );
      }
      const before = typeSnapshot(type);
      const { version: _v, sortOrder, isActive, ...fields } = dto;
      // Optional fields left out or sent as null keep their value (the columns are NOT NULL).
      Object.assign(type, fields, {
        sortOrder: sortOrder ?? type.sortOrder,
        isActive: isActive ?? type.isActive,
      });
      const saved = await manager.save(type);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'awardType',
          entityId: id,
          before,
          after: typeSnapshot(saved),
        },
        manager,
      );
      return this.get(id, manager);
    });
  }

  /** Adds the rules in force from a date; the previous open version ends the day before. */
  async addVersion(
    id: string,
    dto: SaveAwardRuleVersionDto,
    actor: AuthUser,
  ): Promise<AwardTypeResponse> {
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.findOne(AwardTypeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!type) throw notFound('awards.notFound');
      checkVersion(dto.version, type.version);
      if (
        await manager.exists(AwardRuleVersionEntity, {
          where: { awardTypeId: id, effectiveFrom: dto.effectiveFrom },
        })
      ) {
        throw new ApiException(
          409,
          'awards.versionOverlap',
          { date: dto.effectiveFrom },
          { effectiveFrom: ['awards.versionOverlap'] },
        );
      }
      await manager.query(
        `UPDATE award_rule_versions SET effective_to = ($2::date - 1)
          WHERE award_type_id = $1 AND effective_from < $2::date AND (effective_to IS NULL OR effective_to >= $2::date)`,
        [id, dto.effectiveFrom],
      );
      const saved = await manager.save(
        manager.create(AwardRuleVersionEntity, versionFields(id, dto)),
      );
      // The rules are part of the award: their change moves its version on.
      await manager.increment(AwardTypeEntity, { id }, 'version', 1);
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'awardRuleVersion',
          entityId: saved.id,
          after: { awardTypeId: id, ...dto },
        },
        manager,
      );
      return this.get(id, manager);
    });
  }

  async updateVersion(
    id: string,
    versionId: string,
    dto: SaveAwardRuleVersionDto,
    actor: AuthUser,
  ): Promise<AwardTypeResponse> {
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.findOne(AwardTypeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const version = await manager.findOne(AwardRuleVersionEntity, {
        where: { id: versionId, awardTypeId: id },
      });
      if (!type || !version) throw notFound('awards.versionNotFound');
      checkVersion(dto.version, type.version);
      const before = toRuleVersion(version);
      Object.assign(version, versionFields(id, dto));
      await manager.save(version);
      await manager.increment(AwardTypeEntity, { id }, 'version', 1);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'awardRuleVersion',
          entityId: versionId,
          before,
          after: { ...dto },
        },
        manager,
      );
      return this.get(id, manager);
    });
  }

  /** The rules of an award in force at the end of `year` (each year's nominations use them). */
  async ruleInForce(
    manager: EntityManager,
    awardTypeId: string,
    year: number,
  ): Promise<AwardRuleVersionEntity | null> {
    return manager
      .getRepository(AwardRuleVersionEntity)
      .createQueryBuilder('v')
      .where('v.award_type_id = :awardTypeId', { awardTypeId })
      .andWhere('v.effective_from <= :end AND (v.effective_to IS NULL OR v.effective_to >= :end)', {
        end: `${year}-12-31`,
      })
      .orderBy('v.effective_from', 'DESC')
      .getOne();
  }

  private toResponse(t: AwardTypeEntity, versions: AwardRuleVersionEntity[]): AwardTypeResponse {
    return {
      id: t.id,
      code: t.code,
      name: t.name,
      category: t.category,
      beneficiaryKinds: t.beneficiaryKinds,
      decidingAuthority: t.decidingAuthority,
      kind: t.kind,
      sortOrder: t.sortOrder,
      isActive: t.isActive,
      versions: versions.map(toRuleVersion),
      version: t.version,
    };
  }
}

function versionFields(awardTypeId: string, dto: SaveAwardRuleVersionDto) {
  return {
    awardTypeId,
    effectiveFrom: dto.effectiveFrom,
    effectiveTo: dto.effectiveTo ?? null,
    legalCitation: dto.legalCitation,
    bonusCoefficient: String(dto.bonusCoefficient),
    ballotThreshold: String(dto.ballot.threshold),
    ballotDenominator: dto.ballot.denominator,
    ballotComparator: dto.ballot.comparator,
    quotaPerBloc: dto.quotaPerBloc ?? null,
    prerequisites: dto.prerequisites,
  };
}
