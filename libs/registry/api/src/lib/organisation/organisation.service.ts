import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationProfileResponse } from '@thidua/registry/contracts';
import { profileProblems, profileWarnings } from '@thidua/registry/domain';
import { AuditService, type AuthUser, checkVersion, invalidFields } from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import type { SaveOrganisationProfileDto } from './dto/organisation.dto';
import { DocumentRecipientsEntity } from './entities/document-recipients.entity';
import { DocumentSignerEntity } from './entities/document-signer.entity';
import { IssuingBodyEntity } from './entities/issuing-body.entity';
import { OrganisationProfileEntity } from './entities/organisation-profile.entity';
import { type StoredProfile, readOrganisationProfile } from './organisation-reader';

const EMPTY = {
  fullName: '',
  shortName: '',
  headerLines: [],
  areaName: '',
  place: '',
  issuingBodies: [],
  signers: [],
  recipients: [],
};

function toResponse(profile: StoredProfile | null): OrganisationProfileResponse {
  const { version = 0, updatedAt = null, ...rest } = profile ?? {};
  return {
    ...EMPTY,
    ...rest,
    version,
    updatedAt: updatedAt?.toISOString() ?? null,
    warnings: profileWarnings(profile),
  };
}

/** The organisation profile: read by everyone signed in, saved whole by an admin. */
@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async profile(): Promise<OrganisationProfileResponse> {
    return toResponse(await readOrganisationProfile(this.dataSource.manager));
  }

  /**
   * Replaces the profile in one transaction: names and place; bodies kept by code (so what refers
   * to a body keeps referring to it), removed ones deleted; signers and recipients as sent.
   */
  async save(
    dto: SaveOrganisationProfileDto,
    actor: AuthUser,
  ): Promise<OrganisationProfileResponse> {
    const problems = profileProblems(dto);
    if (Object.keys(problems).length) throw invalidFields('common.validation', problems);
    return this.dataSource.transaction(async (manager) => {
      const [current] = await manager.find(OrganisationProfileEntity, {
        take: 1,
        lock: { mode: 'pessimistic_write' },
      });
      checkVersion(dto.version, current?.version ?? 0);
      const before = await readOrganisationProfile(manager);
      await manager.save(
        Object.assign(current ?? manager.create(OrganisationProfileEntity), {
          fullName: dto.fullName,
          shortName: dto.shortName,
          headerLines: dto.headerLines,
          areaName: dto.areaName,
          place: dto.place,
        }),
      );
      await this.saveParts(manager, dto);
      const after = await readOrganisationProfile(manager);
      await this.audit.record(
        {
          actor,
          action: current ? 'update' : 'create',
          entity: 'organisationProfile',
          entityId: current?.id ?? null,
          before: before ? withoutMeta(before) : null,
          after: after ? withoutMeta(after) : null,
        },
        manager,
      );
      return toResponse(after);
    });
  }

  private async saveParts(manager: EntityManager, dto: SaveOrganisationProfileDto): Promise<void> {
    await manager.query(`DELETE FROM document_signers`);
    await manager.query(`DELETE FROM document_recipients`);
    await manager.query(`DELETE FROM issuing_bodies WHERE NOT (code = ANY($1::varchar[]))`, [
      dto.issuingBodies.map((b) => b.code),
    ]);
    const ids = new Map<string, string>();
    for (const [sortOrder, body] of dto.issuingBodies.entries()) {
      const existing = await manager.findOne(IssuingBodyEntity, { where: { code: body.code } });
      const saved = await manager.save(
        Object.assign(existing ?? manager.create(IssuingBodyEntity), { ...body, sortOrder }),
      );
      ids.set(body.code, saved.id);
    }
    for (const { issuingBodyCode, ...signer } of dto.signers) {
      await manager.insert(DocumentSignerEntity, {
        ...signer,
        issuingBodyId: ids.get(issuingBodyCode) as string,
      });
    }
    for (const recipients of dto.recipients) {
      await manager.insert(DocumentRecipientsEntity, { ...recipients });
    }
  }
}

function withoutMeta(profile: StoredProfile) {
  const { version: _version, updatedAt: _updatedAt, ...rest } = profile;
  return rest;
}
