import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LineageSettingsResponse } from '@thidua/registry/contracts';
import { AuditService, type AuthUser, checkVersion, forbidden } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import type { UpdateLineageSettingsDto } from './unit-events.dto';

/** The rule by which a successor inherits its predecessors' history, with the guidance it follows. */
@Injectable()
export class LineageSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<LineageSettingsResponse> {
    const [row] = await this.dataSource.query(
      `SELECT rule, citation, version FROM lineage_settings`,
    );
    return { rule: row.rule, citation: row.citation, version: row.version };
  }

  async update(dto: UpdateLineageSettingsDto, actor: AuthUser): Promise<LineageSettingsResponse> {
    if (actor.role !== 'admin') throw forbidden();
    await this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(
        `SELECT rule, citation, version FROM lineage_settings FOR UPDATE`,
      );
      checkVersion(dto.version, before.version);
      await manager.query(
        `UPDATE lineage_settings SET rule = $1, citation = $2, version = version + 1, updated_at = now()`,
        [dto.rule, dto.citation],
      );
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'lineageSettings',
          before: { rule: before.rule, citation: before.citation },
          after: { rule: dto.rule, citation: dto.citation },
        },
        manager,
      );
    });
    return this.get();
  }
}
