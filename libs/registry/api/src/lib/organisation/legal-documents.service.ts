import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LegalDocumentResponse } from '@thidua/registry/contracts';
import {
  AuditService,
  type AuthUser,
  checkVersion,
  invalidFields,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';

import type { SaveLegalDocumentDto } from './dto/organisation.dto';
import { LegalDocumentEntity } from './entities/legal-document.entity';
import { readLegalDocuments, toLegalDocumentResponse } from './organisation-reader';

const snapshot = (d: LegalDocumentEntity) => {
  const { id: _id, version: _version, ...rest } = toLegalDocumentResponse(d);
  return rest;
};

/** The legal documents cited by date ("Căn cứ …"): read by everyone, kept by an admin. */
@Injectable()
export class LegalDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<LegalDocumentResponse[]> {
    return readLegalDocuments(this.dataSource.manager);
  }

  async create(dto: SaveLegalDocumentDto, actor: AuthUser): Promise<LegalDocumentResponse> {
    checkDates(dto);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(LegalDocumentEntity, fields(dto)));
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'legalDocument',
          entityId: saved.id,
          after: snapshot(saved),
        },
        manager,
      );
      return toLegalDocumentResponse(saved);
    });
  }

  async update(
    id: string,
    dto: SaveLegalDocumentDto,
    actor: AuthUser,
  ): Promise<LegalDocumentResponse> {
    checkDates(dto);
    return this.dataSource.transaction(async (manager) => {
      const document = await this.lock(manager, id);
      checkVersion(dto.version, document.version);
      const before = snapshot(document);
      const saved = await manager.save(Object.assign(document, fields(dto)));
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'legalDocument',
          entityId: id,
          before,
          after: snapshot(saved),
        },
        manager,
      );
      return toLegalDocumentResponse(saved);
    });
  }

  async remove(id: string, version: number, actor: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const document = await this.lock(manager, id);
      checkVersion(version, document.version);
      await manager.delete(LegalDocumentEntity, { id });
      await this.audit.record(
        {
          actor,
          action: 'delete',
          entity: 'legalDocument',
          entityId: id,
          before: snapshot(document),
        },
        manager,
      );
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<LegalDocumentEntity> {
    const document = await manager.findOne(LegalDocumentEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!document) throw notFound('organisation.legalDocumentNotFound');
    return document;
  }
}

function fields(dto: SaveLegalDocumentDto) {
  return {
    citation: dto.citation,
    kind: dto.kind,
    inForceFrom: dto.inForceFrom,
    inForceTo: dto.inForceTo ?? null,
    citedBy: dto.citedBy,
    sortOrder: dto.sortOrder ?? 0,
  };
}

function checkDates(dto: SaveLegalDocumentDto): void {
  if (dto.inForceTo && dto.inForceTo < dto.inForceFrom)
    throw invalidFields('common.validation', { inForceTo: ['organisation.inForceOrder'] });
}
