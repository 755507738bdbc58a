import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { emptyPledgeSections, pledgeProgress } from '@thidua/movements/domain';
import type { PledgeResponse, PledgeUnitResponse } from '@thidua/movements/contracts';
import { BlocAccessService, BlocsService, organisationPlace } from '@thidua/registry/api';
import {
  AttachmentEntity,
  AttachmentsService,
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  notFound,
  toAttachmentResponse,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';

import type {
  ReopenPledgeDto,
  SavePledgeDto,
  SavePledgeUnitDto,
  SignPledgeDto,
} from './dto/pledges.dto';
import { MovementEntity } from './entities/movement.entity';
import { PledgeEntity, PledgeSignatureEntity, PledgeUnitEntity } from './entities/pledge.entity';

export interface PledgeMemberRow {
  unit_id: string;
  code: string;
  name: string;
  short_name: string | null;
  head_name: string | null;
  head_position: string | null;
  left_on: string | null;
  role: 'head' | 'deputy' | null;
  rotation_order: number;
}

/** Members of a bloc in a year with their head/deputy role; head first, then deputy, then in order. */
const MEMBERS_SQL = `
  SELECT u.id AS unit_id, u.code, u.name, u.short_name, u.head_name, u.head_position,
         to_char(m.left_on, 'YYYY-MM-DD') AS left_on, m.rotation_order,
         CASE WHEN l.head_unit_id = u.id THEN 'head' WHEN l.deputy_unit_id = u.id THEN 'deputy' END AS role
    FROM bloc_memberships m
    JOIN units u ON u.id = m.unit_id
    LEFT JOIN bloc_leaderships l ON l.bloc_id = m.bloc_id AND l.term_year = m.term_year
   WHERE m.bloc_id = $1 AND m.term_year = $2
   ORDER BY CASE WHEN l.head_unit_id = u.id THEN 0 WHEN l.deputy_unit_id = u.id THEN 1 ELSE 2 END, m.rotation_order`;

/** The bloc's emulation pledge for a year: content, each unit's registration, signatures, lock. */
@Injectable()
export class PledgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
    private readonly blocs: BlocsService,
    private readonly attachments: AttachmentsService,
  ) {}

  async get(
    blocId: string,
    year: number,
    user: AuthUser,
    manager = this.dataSource.manager,
  ): Promise<PledgeResponse> {
    const bloc = await this.blocs.find(manager, blocId);
    const pledge = await manager.findOne(PledgeEntity, {
      where: { blocId, termYear: year },
      relations: { movement: true },
    });
    if (!pledge) throw notFound('pledges.notFound', { year });
    const members: PledgeMemberRow[] = await manager.query(MEMBERS_SQL, [blocId, year]);
    const registrations = await manager.find(PledgeUnitEntity, { where: { pledgeId: pledge.id } });
    const signatures = await manager.find(PledgeSignatureEntity, {
      where: { pledgeId: pledge.id },
    });
    const scanIds = signatures.map((s) => s.scanAttachmentId).filter((id): id is string => !!id);
    const scans = scanIds.length ? await manager.findBy(AttachmentEntity, { id: In(scanIds) }) : [];
    const progress = pledgeProgress(
      members.map((m) => ({ unitId: m.unit_id, name: m.name, hasLeft: m.left_on !== null })),
      signatures.map((s) => s.unitId),
    );
    const canManage = await this.access.canManageBloc(user, blocId, year);
    const units = members
      .filter((m) => m.left_on === null || signatures.some((s) => s.unitId === m.unit_id))
      .map((m): PledgeUnitResponse => {
        const registration = registrations.find((r) => r.unitId === m.unit_id);
        const signature = signatures.find((s) => s.unitId === m.unit_id);
        const scan = signature?.scanAttachmentId
          ? scans.find((a) => a.id === signature.scanAttachmentId)
          : undefined;
        return {
          unit: { id: m.unit_id, code: m.code, name: m.name, shortName: m.short_name },
          role: m.role,
          targets: registration?.targets ?? [],
          titles: registration?.titles ?? [],
          version: registration?.version ?? 0,
          signature: signature
            ? {
                unit: { id: m.unit_id, code: m.code, name: m.name, shortName: m.short_name },
                signerName: signature.signerName,
                signerPosition: signature.signerPosition,
                signedOn: signature.signedOn,
                method: signature.method,
                scan: scan ? toAttachmentResponse(scan) : null,
                recordedBy: signature.recordedByUsername,
                recordedAt: signature.createdAt.toISOString(),
              }
            : null,
        };
      });
    const signable =
      (user.role === 'unit' || user.role === 'secretariat') &&
      user.unitId &&
      progress.unsigned.some((m) => m.unitId === user.unitId)
        ? [user.unitId]
        : [];
    return {
      id: pledge.id,
      blocId,
      bloc: { id: bloc.id, name: bloc.name, kind: bloc.kind },
      year,
      movement: pledge.movement ? { id: pledge.movement.id, title: pledge.movement.title } : null,
      title: pledge.title,
      place: pledge.place,
      commitments: pledge.commitments,
      status: pledge.status,
      lockedAt: pledge.lockedAt?.toISOString() ?? null,
      units,
      signedCount: progress.signedCount,
      memberCount: progress.memberCount,
      canManage,
      signableUnitIds: pledge.status === 'open' ? signable : [],
      version: pledge.version,
    };
  }

  /** Creates the year's pledge, or changes its content while it is open (the secretariat). */
  async save(
    blocId: string,
    year: number,
    dto: SavePledgeDto,
    actor: AuthUser,
  ): Promise<PledgeResponse> {
    await this.assertCanManage(actor, blocId, year);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.blocs.find(manager, blocId, true);
        if (
          dto.movementId &&
          !(await manager.exists(MovementEntity, { where: { id: dto.movementId } }))
        ) {
          throw invalidFields('movements.notFound', { movementId: ['movements.notFound'] });
        }
        const existing = await manager.findOne(PledgeEntity, {
          where: { blocId, termYear: year },
          lock: { mode: 'pessimistic_write' },
        });
        if (!existing) {
          const [{ n }] = (await manager.query(
            `SELECT count(*)::int AS n FROM bloc_memberships WHERE bloc_id = $1 AND term_year = $2`,
            [blocId, year],
          )) as Array<{ n: number }>;
          if (!n) throw conflict('pledges.noMembers', { year });
          const saved = await manager.save(
            manager.create(PledgeEntity, {
              blocId,
              termYear: year,
              title: dto.title,
              place: dto.place ?? (await organisationPlace(manager)),
              movementId: dto.movementId ?? null,
              commitments: dto.commitments,
              status: 'open',
            }),
          );
          await this.audit.record(
            {
              actor,
              action: 'create',
              entity: 'pledge',
              entityId: saved.id,
              after: { year, ...dto, place: saved.place },
            },
            manager,
          );
        } else {
          if (existing.status === 'locked') throw conflict('pledges.locked');
          checkVersion(dto.version, existing.version);
          const before = {
            title: existing.title,
            place: existing.place,
            movementId: existing.movementId,
            commitments: existing.commitments,
          };
          Object.assign(existing, {
            title: dto.title,
            place: dto.place ?? existing.place,
            movementId: dto.movementId ?? null,
            commitments: dto.commitments,
          });
          await manager.save(existing);
          await this.audit.record(
            {
              actor,
              action: 'update',
              entity: 'pledge',
              entityId: existing.id,
              before,
              after: { ...dto, place: existing.place },
            },
            manager,
          );
        }
        return this.get(blocId, year, actor, manager);
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw conflict('common.conflict');
      }
      throw error;
    }
  }

  /** A member unit registers its own targets and the titles it strives for. */
  async saveUnit(
    blocId: string,
    year: number,
    unitId: string,
    dto: SavePledgeUnitDto,
    actor: AuthUser,
  ): Promise<PledgeResponse> {
    const isOwn =
      (actor.role === 'unit' || actor.role === 'secretariat') && actor.unitId === unitId;
    if (!isOwn && !(await this.access.canManageBloc(actor, blocId, year))) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const pledge = await this.findPledge(manager, blocId, year, true);
      if (pledge.status === 'locked') throw conflict('pledges.locked');
      await this.assertCurrentMember(manager, blocId, year, unitId);
      const before = await manager.findOne(PledgeUnitEntity, {
        where: { pledgeId: pledge.id, unitId },
        lock: { mode: 'pessimistic_write' },
      });
      checkVersion(dto.version, before?.version ?? 0);
      // A first save racing another finds the row made (DO NOTHING) and is refused as stale.
      const saved = (await manager.query(
        `INSERT INTO pledge_units (pledge_id, unit_id, targets, titles) VALUES ($1, $2, $3::jsonb, $4::jsonb)
         ON CONFLICT (pledge_id, unit_id) DO UPDATE
           SET targets = EXCLUDED.targets, titles = EXCLUDED.titles, updated_at = now(),
               version = pledge_units.version + 1
           WHERE $5::boolean
         RETURNING id`,
        [pledge.id, unitId, JSON.stringify(dto.targets), JSON.stringify(dto.titles), !!before],
      )) as unknown[];
      if (!saved.length) throw conflict('common.staleVersion');
      await this.audit.record(
        {
          actor,
          action: before ? 'update' : 'create',
          entity: 'pledgeUnit',
          entityId: pledge.id,
          before: before ? { unitId, targets: before.targets, titles: before.titles } : null,
          after: { unitId, ...dto },
        },
        manager,
      );
      return this.get(blocId, year, actor, manager);
    });
  }

  /**
   * A member unit signs once: in the app by its own user, or recorded by the secretariat from the
   * paper original with its scan. The pledge locks when every current member has signed.
   */
  async sign(
    blocId: string,
    year: number,
    dto: SignPledgeDto,
    actor: AuthUser,
  ): Promise<PledgeResponse> {
    if (dto.method === 'app') {
      if (!(actor.role === 'unit' || actor.role === 'secretariat') || actor.unitId !== dto.unitId) {
        throw forbidden('pledges.signForOwnUnit');
      }
    } else {
      await this.assertCanManage(actor, blocId, year);
      if (!dto.scanAttachmentId) {
        throw invalidFields('pledges.scanRequired', { scanAttachmentId: ['pledges.scanRequired'] });
      }
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const pledge = await this.findPledge(manager, blocId, year, true);
        const member = await this.assertCurrentMember(manager, blocId, year, dto.unitId);
        const previous = await manager.findOne(PledgeSignatureEntity, {
          where: { pledgeId: pledge.id, unitId: dto.unitId },
        });
        if (previous)
          throw conflict('pledges.alreadySigned', {
            unit: member.name,
            date: formatDate(previous.signedOn),
          });
        if (pledge.status === 'locked') throw conflict('pledges.locked');
        // Nobody signs a pledge whose required sections are empty (it would print them so).
        const empty = emptyPledgeSections(pledge);
        if (empty.length) {
          throw invalidFields(
            'pledges.sectionEmpty',
            Object.fromEntries(empty.map((field) => [field, ['pledges.sectionEmpty']])),
          );
        }
        const saved = await manager.save(
          manager.create(PledgeSignatureEntity, {
            pledgeId: pledge.id,
            unitId: dto.unitId,
            signerName: dto.signerName,
            signerPosition: dto.signerPosition,
            signedOn: dto.signedOn,
            method: dto.method,
            scanAttachmentId: null,
            recordedBy: actor.id,
            recordedByUsername: actor.username,
          }),
        );
        if (dto.method === 'paper' && dto.scanAttachmentId) {
          await this.attachments.attach(manager, dto.scanAttachmentId, 'pledgeScan', {
            type: 'pledgeSignature',
            id: saved.id,
          });
          await manager.update(
            PledgeSignatureEntity,
            { id: saved.id },
            { scanAttachmentId: dto.scanAttachmentId },
          );
        }
        await this.audit.record(
          {
            actor,
            action: 'create',
            entity: 'pledgeSignature',
            entityId: pledge.id,
            after: { ...dto },
          },
          manager,
        );
        const members: PledgeMemberRow[] = await manager.query(MEMBERS_SQL, [blocId, year]);
        const signed: Array<{ unit_id: string }> = await manager.query(
          `SELECT unit_id FROM pledge_signatures WHERE pledge_id = $1`,
          [pledge.id],
        );
        const progress = pledgeProgress(
          members.map((m) => ({ unitId: m.unit_id, name: m.name, hasLeft: m.left_on !== null })),
          signed.map((s) => s.unit_id),
        );
        if (progress.isComplete) {
          await manager.update(
            PledgeEntity,
            { id: pledge.id },
            { status: 'locked', lockedAt: new Date() },
          );
          await this.audit.record(
            {
              actor,
              action: 'transition',
              entity: 'pledge',
              entityId: pledge.id,
              before: { status: 'open' },
              after: { status: 'locked' },
              reason: 'all members signed',
            },
            manager,
          );
        }
        return this.get(blocId, year, actor, manager);
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw conflict('pledges.alreadySigned', { unit: '', date: '' });
      }
      throw error;
    }
  }

  /** Reopens a locked pledge: the secretariat, with a reason, audit-logged. */
  async reopen(
    blocId: string,
    year: number,
    dto: ReopenPledgeDto,
    actor: AuthUser,
  ): Promise<PledgeResponse> {
    await this.assertCanManage(actor, blocId, year);
    return this.dataSource.transaction(async (manager) => {
      const pledge = await this.findPledge(manager, blocId, year, true);
      if (pledge.status !== 'locked') throw conflict('pledges.notLocked');
      await manager.update(PledgeEntity, { id: pledge.id }, { status: 'open', lockedAt: null });
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'pledge',
          entityId: pledge.id,
          before: { status: 'locked' },
          after: { status: 'open' },
          reason: dto.reason,
        },
        manager,
      );
      return this.get(blocId, year, actor, manager);
    });
  }

  /** Everything the printed pledge needs, in signing order (head first). */
  async documentData(blocId: string, year: number, user: AuthUser) {
    const pledge = await this.get(blocId, year, user);
    const members: PledgeMemberRow[] = await this.dataSource.query(MEMBERS_SQL, [blocId, year]);
    return { pledge, members: members.filter((m) => m.left_on === null) };
  }

  private async findPledge(
    manager: EntityManager,
    blocId: string,
    year: number,
    lock = false,
  ): Promise<PledgeEntity> {
    await this.blocs.find(manager, blocId);
    const pledge = await manager.findOne(PledgeEntity, {
      where: { blocId, termYear: year },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!pledge) throw notFound('pledges.notFound', { year });
    return pledge;
  }

  private async assertCurrentMember(
    manager: EntityManager,
    blocId: string,
    year: number,
    unitId: string,
  ) {
    const [member] = (await manager.query(
      `SELECT u.name FROM bloc_memberships m JOIN units u ON u.id = m.unit_id
        WHERE m.bloc_id = $1 AND m.term_year = $2 AND m.unit_id = $3 AND m.left_on IS NULL`,
      [blocId, year, unitId],
    )) as Array<{ name: string }>;
    if (!member) throw forbidden('pledges.notMember', { year });
    return member;
  }

  private async assertCanManage(actor: AuthUser, blocId: string, year: number): Promise<void> {
    if (await this.access.canManageBloc(actor, blocId, year)) return;
    await this.blocs.find(this.dataSource.manager, blocId);
    throw forbidden();
  }
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
