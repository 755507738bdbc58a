import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { movementYears, nextMovementStatus } from '@thidua/movements/domain';
import type {
  ExemplaryModelResponse,
  MovementListItemResponse,
  MovementResponse,
} from '@thidua/movements/contracts';
import type { Page } from '@thidua/shared/contracts';
import {
  applySort,
  AttachmentsService,
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  notFound,
  searchCondition,
  toAttachmentResponse,
  type UploadedFileLike,
} from '@thidua/shared/api-core';
import { BlocAccessService } from '@thidua/registry/api';
import { DataSource, EntityManager } from 'typeorm';

import type {
  MovementListQueryDto,
  MovementTransitionDto,
  ReportMovementResultDto,
  SaveExemplaryModelDto,
  SaveMovementDto,
  UpdateMovementDto,
} from './dto/movements.dto';
import { ExemplaryModelEntity } from './entities/exemplary-model.entity';
import { MovementBlocEntity, MovementUnitEntity } from './entities/movement-participant.entity';
import { MovementTargetEntity } from './entities/movement-target.entity';
import { MovementEntity } from './entities/movement.entity';
import { movementParts, movementResults } from './movement-audit';

export const MOVEMENT_SEARCH_EXPRESSION =
  "m.title || ' ' || coalesce(m.slogan, '') || ' ' || m.launching_authority";

const unitRef = (r: { id: string; code: string; name: string; short_name: string | null }) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  shortName: r.short_name,
});
const num = (v: string | null) => (v === null ? null : Number(v));

@Injectable()
export class MovementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly access: BlocAccessService,
  ) {}

  async list(query: MovementListQueryDto): Promise<Page<MovementListItemResponse>> {
    const qb = this.dataSource
      .getRepository(MovementEntity)
      .createQueryBuilder('m')
      .addSelect(
        '(SELECT count(*) FROM movement_blocs mb WHERE mb.movement_id = m.id)',
        'bloc_count',
      )
      .addSelect(
        '(SELECT count(*) FROM movement_units mu WHERE mu.movement_id = m.id)',
        'unit_count',
      );
    if (query.q) {
      const search = searchCondition(MOVEMENT_SEARCH_EXPRESSION, query.q);
      qb.andWhere(search.sql, search.params);
    }
    if (query.kind) qb.andWhere('m.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.year) {
      qb.andWhere(
        'extract(year from m.start_date) <= :year AND extract(year from m.end_date) >= :year',
        {
          year: query.year,
        },
      );
    }
    if (query.blocId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM movement_blocs mb WHERE mb.movement_id = m.id AND mb.bloc_id = :blocId)',
        {
          blocId: query.blocId,
        },
      );
    }
    applySort(
      qb,
      query.sort,
      { startDate: 'm.start_date', title: 'm.title', status: 'm.status' },
      '-startDate',
      ['title'],
    );
    qb.addOrderBy('m.id');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { entities, raw } = await qb
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawAndEntities();
    const total = await qb.clone().offset(undefined).limit(undefined).getCount();
    return {
      items: entities.map((m, i) => ({
        id: m.id,
        kind: m.kind,
        title: m.title,
        launchingAuthority: m.launchingAuthority,
        launchDate: m.launchDate,
        startDate: m.startDate,
        endDate: m.endDate,
        status: m.status,
        blocCount: Number(raw[i]?.bloc_count ?? 0),
        unitCount: Number(raw[i]?.unit_count ?? 0),
      })),
      total,
      page,
      pageSize,
    };
  }

  async get(
    id: string,
    user: AuthUser,
    manager = this.dataSource.manager,
  ): Promise<MovementResponse> {
    const m = await this.find(manager, id);
    const targets = await manager.find(MovementTargetEntity, {
      where: { movementId: id },
      order: { position: 'ASC' },
    });
    const blocs: Array<{ id: string; name: string; kind: 'khoi' | 'cum' }> = await manager.query(
      `SELECT b.id, b.name, b.kind FROM movement_blocs mb JOIN blocs b ON b.id = mb.bloc_id
        WHERE mb.movement_id = $1 ORDER BY b.name COLLATE "vietnamese"`,
      [id],
    );
    const units: Array<{ id: string; code: string; name: string; short_name: string | null }> =
      await manager.query(
        `SELECT u.id, u.code, u.name, u.short_name FROM movement_units mu JOIN units u ON u.id = mu.unit_id
        WHERE mu.movement_id = $1 ORDER BY u.name COLLATE "vietnamese"`,
        [id],
      );
    const models: Array<
      { id: string; name: string; description: string | null; recognized_on: string } & {
        unit_id: string;
        code: string;
        unit_name: string;
        short_name: string | null;
      }
    > = await manager.query(
      `SELECT e.id, e.name, e.description, to_char(e.recognized_on, 'YYYY-MM-DD') AS recognized_on,
              u.id AS unit_id, u.code, u.name AS unit_name, u.short_name
         FROM exemplary_models e JOIN units u ON u.id = e.unit_id
        WHERE e.movement_id = $1 ORDER BY e.recognized_on, e.name`,
      [id],
    );
    const results: Array<
      {
        target_id: string;
        value: string | null;
        note: string | null;
        reported_at: Date;
        version: number;
      } & {
        unit_id: string;
        code: string;
        unit_name: string;
        short_name: string | null;
      }
    > = await manager.query(
      `SELECT r.target_id, r.value, r.note, r.reported_at, r.version, u.id AS unit_id, u.code, u.name AS unit_name, u.short_name
         FROM movement_results r JOIN units u ON u.id = r.unit_id
        WHERE r.movement_id = $1 ORDER BY u.name COLLATE "vietnamese"`,
      [id],
    );
    const documents = await this.attachments.listFor('movement', [id], manager);
    return {
      id: m.id,
      kind: m.kind,
      title: m.title,
      slogan: m.slogan,
      launchingAuthority: m.launchingAuthority,
      launchDate: m.launchDate,
      startDate: m.startDate,
      endDate: m.endDate,
      anniversaries: m.anniversaries,
      targets: targets.map((t) => ({
        id: t.id,
        content: t.content,
        measure: t.measure,
        targetValue: num(t.targetValue),
      })),
      blocs,
      units: units.map(unitRef),
      status: m.status,
      midYearReviewDate: m.midYearReviewDate,
      yearEndReviewDate: m.yearEndReviewDate,
      documents: documents.map(toAttachmentResponse),
      models: models.map(
        (e): ExemplaryModelResponse => ({
          id: e.id,
          name: e.name,
          description: e.description,
          recognizedOn: e.recognized_on,
          unit: unitRef({
            id: e.unit_id,
            code: e.code,
            name: e.unit_name,
            short_name: e.short_name,
          }),
        }),
      ),
      results: results.map((r) => ({
        targetId: r.target_id,
        value: num(r.value),
        note: r.note,
        reportedAt: new Date(r.reported_at).toISOString(),
        version: r.version,
        unit: unitRef({ id: r.unit_id, code: r.code, name: r.unit_name, short_name: r.short_name }),
      })),
      canManage: this.canManage(user, m),
      reportableUnitIds: await this.reportableUnitIds(manager, user, m),
      version: m.version,
      createdAt: m.createdAt.toISOString(),
      updatedAt: m.updatedAt.toISOString(),
    };
  }

  async create(dto: SaveMovementDto, actor: AuthUser): Promise<MovementResponse> {
    if (actor.role !== 'admin' && actor.role !== 'secretariat') throw forbidden();
    checkDates(dto);
    await this.assertMayEnlist(actor, dto);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(MovementEntity, {
          ...movementFields(dto),
          status: 'draft',
          ownerUnitId: actor.unitId,
          createdBy: actor.id,
        }),
      );
      await this.saveChildren(manager, saved.id, dto);
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'movement',
          entityId: saved.id,
          after: {
            ...movementFields(dto),
            targets: dto.targets,
            blocIds: dto.blocIds,
            unitIds: dto.unitIds,
          },
        },
        manager,
      );
      return this.get(saved.id, actor, manager);
    });
  }

  async update(id: string, dto: UpdateMovementDto, actor: AuthUser): Promise<MovementResponse> {
    checkDates(dto);
    await this.assertMayEnlist(actor, dto);
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id, true);
      if (!this.canManage(actor, m)) throw forbidden();
      checkVersion(dto.version, m.version);
      const before = { ...movementFields(m), ...(await movementParts(manager, id)) };
      Object.assign(m, movementFields(dto));
      await manager.save(m);
      await this.saveChildren(manager, id, dto);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'movement',
          entityId: id,
          before,
          after: {
            ...movementFields(dto),
            targets: dto.targets,
            blocIds: dto.blocIds,
            unitIds: dto.unitIds,
          },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  async transition(
    id: string,
    dto: MovementTransitionDto,
    actor: AuthUser,
  ): Promise<MovementResponse> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id, true);
      if (!this.canManage(actor, m)) throw forbidden();
      checkVersion(dto.version, m.version);
      const next = nextMovementStatus(m.status, dto.action);
      if (!next)
        throw conflict('movements.invalidTransition', { from: m.status, action: dto.action });
      const from = m.status;
      m.status = next;
      if (dto.action === 'launch' && !m.launchDate)
        m.launchDate = new Date().toISOString().slice(0, 10);
      await manager.save(m);
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'movement',
          entityId: id,
          before: { status: from },
          after: { status: next },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  /** A unit reports its results against the movement's targets (one value per target, replaced on resubmit). */
  async reportResults(
    id: string,
    dto: ReportMovementResultDto,
    actor: AuthUser,
  ): Promise<MovementResponse> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id);
      if (m.status !== 'launched') throw conflict('movements.notLaunched');
      const allowed = await this.reportableUnitIds(manager, actor, m);
      if (!allowed.includes(dto.unitId)) {
        if (actor.role === 'admin')
          throw invalidFields('movements.notParticipant', { unitId: ['movements.notParticipant'] });
        throw forbidden('movements.notParticipant');
      }
      const targetIds = new Set(
        (await manager.find(MovementTargetEntity, { where: { movementId: id } })).map((t) => t.id),
      );
      dto.results.forEach((r, i) => {
        if (!targetIds.has(r.targetId)) {
          throw invalidFields('movements.targetNotFound', {
            [`results.${i}.targetId`]: ['movements.targetNotFound'],
          });
        }
      });
      const before = await movementResults(manager, id, dto.unitId);
      for (const r of dto.results) {
        const [current] = (await manager.query(
          `SELECT version FROM movement_results WHERE target_id = $1 AND unit_id = $2 FOR UPDATE`,
          [r.targetId, dto.unitId],
        )) as Array<{ version: number }>;
        checkVersion(r.version, current?.version ?? 0);
        // A first report racing another finds the row made (DO NOTHING) and is refused as stale.
        const saved = (await manager.query(
          `INSERT INTO movement_results (movement_id, target_id, unit_id, value, note, reported_by, reported_at)
           VALUES ($1, $2, $3, $4, $5, $6, now())
           ON CONFLICT (target_id, unit_id) DO UPDATE
             SET value = EXCLUDED.value, note = EXCLUDED.note, reported_by = EXCLUDED.reported_by,
                 reported_at = now(), version = movement_results.version + 1
             WHERE $7::boolean
           RETURNING id`,
          [id, r.targetId, dto.unitId, r.value, r.note ?? null, actor.id, !!current],
        )) as unknown[];
        if (!saved.length) throw conflict('common.staleVersion');
      }
      await this.audit.record(
        {
          actor,
          action: before.length ? 'update' : 'create',
          entity: 'movementResult',
          entityId: id,
          before: before.length ? { unitId: dto.unitId, results: before } : null,
          after: { unitId: dto.unitId, results: dto.results },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  async addModel(
    id: string,
    dto: SaveExemplaryModelDto,
    actor: AuthUser,
  ): Promise<MovementResponse> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id);
      if (!this.canManage(actor, m)) throw forbidden();
      const [unit] = await manager.query(`SELECT id FROM units WHERE id = $1`, [dto.unitId]);
      if (!unit)
        throw invalidFields('movements.unknownParticipant', {
          unitId: ['movements.unknownParticipant'],
        });
      const saved = await manager.save(
        manager.create(ExemplaryModelEntity, {
          movementId: id,
          unitId: dto.unitId,
          name: dto.name,
          description: dto.description ?? null,
          recognizedOn: dto.recognizedOn,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'exemplaryModel',
          entityId: saved.id,
          after: { movementId: id, ...dto },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  async removeModel(id: string, modelId: string, actor: AuthUser): Promise<MovementResponse> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id);
      if (!this.canManage(actor, m)) throw forbidden();
      const model = await manager.findOne(ExemplaryModelEntity, {
        where: { id: modelId, movementId: id },
      });
      if (!model) throw notFound('movements.modelNotFound');
      await manager.delete(ExemplaryModelEntity, { id: modelId });
      await this.audit.record(
        {
          actor,
          action: 'delete',
          entity: 'exemplaryModel',
          entityId: modelId,
          before: { name: model.name, unitId: model.unitId },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  async addDocument(
    id: string,
    file: UploadedFileLike | undefined,
    actor: AuthUser,
  ): Promise<MovementResponse> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.find(manager, id);
      if (!this.canManage(actor, m)) throw forbidden();
      const saved = await this.attachments.store(
        file,
        'document',
        actor,
        { type: 'movement', id },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'attachment',
          entityId: saved.id,
          after: { movementId: id, fileName: saved.fileName, sizeBytes: saved.sizeBytes },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  async find(manager: EntityManager, id: string, lock = false): Promise<MovementEntity> {
    const qb = manager
      .getRepository(MovementEntity)
      .createQueryBuilder('m')
      .where('m.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const m = await qb.getOne();
    if (!m) throw notFound('movements.notFound');
    return m;
  }

  private canManage(user: AuthUser, m: MovementEntity): boolean {
    return (
      user.role === 'admin' ||
      (user.role === 'secretariat' && !!user.unitId && user.unitId === m.ownerUnitId)
    );
  }

  /**
   * A secretariat enlists only the blocs it manages in the movement's first year, and only its own
   * unit or the members of those blocs; admins enlist anyone.
   */
  private async assertMayEnlist(actor: AuthUser, dto: SaveMovementDto): Promise<void> {
    if (actor.role === 'admin') return;
    const year = Number(dto.startDate.slice(0, 4));
    for (const blocId of dto.blocIds ?? [])
      if (!(await this.access.canManageBloc(actor, blocId, year)))
        throw forbidden('movements.foreignParticipant');
    for (const unitId of dto.unitIds ?? [])
      if (!(await this.access.canManageUnit(actor, unitId)))
        throw forbidden('movements.foreignParticipant');
  }

  /** Units the user may report for: its own unit when it takes part (directly or through its bloc). */
  private async reportableUnitIds(
    manager: EntityManager,
    user: AuthUser,
    m: MovementEntity,
  ): Promise<string[]> {
    const years = movementYears(m.startDate, m.endDate);
    const rows: Array<{ unit_id: string }> = await manager.query(
      `SELECT unit_id FROM movement_units WHERE movement_id = $1
       UNION
       SELECT bm.unit_id FROM movement_blocs mb
         JOIN bloc_memberships bm ON bm.bloc_id = mb.bloc_id AND bm.term_year = ANY($2::smallint[])
        WHERE mb.movement_id = $1`,
      [m.id, years],
    );
    const participants = rows.map((r) => r.unit_id);
    if (user.role === 'admin') return participants;
    if (
      (user.role === 'unit' || user.role === 'secretariat') &&
      user.unitId &&
      participants.includes(user.unitId)
    ) {
      return [user.unitId];
    }
    return [];
  }

  private async saveChildren(
    manager: EntityManager,
    id: string,
    dto: SaveMovementDto,
  ): Promise<void> {
    const existing = await manager.find(MovementTargetEntity, { where: { movementId: id } });
    const keep = new Set((dto.targets ?? []).map((t) => t.id).filter(Boolean));
    for (const t of existing.filter((e) => !keep.has(e.id))) {
      const [used] = await manager.query(
        `SELECT 1 FROM movement_results WHERE target_id = $1 LIMIT 1`,
        [t.id],
      );
      if (used) throw conflict('movements.targetHasResults');
      await manager.delete(MovementTargetEntity, { id: t.id });
    }
    for (const [position, t] of (dto.targets ?? []).entries()) {
      const values = {
        content: t.content,
        measure: t.measure ?? null,
        targetValue:
          t.targetValue === null || t.targetValue === undefined ? null : String(t.targetValue),
        position,
      };
      if (t.id) {
        if (!existing.some((e) => e.id === t.id)) {
          throw invalidFields('movements.targetNotFound', {
            [`targets.${position}.id`]: ['movements.targetNotFound'],
          });
        }
        await manager.update(MovementTargetEntity, { id: t.id }, values);
      } else {
        await manager.insert(MovementTargetEntity, { movementId: id, ...values });
      }
    }
    const blocIds = dto.blocIds ?? [];
    const unitIds = dto.unitIds ?? [];
    const [{ blocs, units }] = (await manager.query(
      `SELECT (SELECT count(*)::int FROM blocs WHERE id = ANY($1::uuid[])) AS blocs,
              (SELECT count(*)::int FROM units WHERE id = ANY($2::uuid[])) AS units`,
      [blocIds, unitIds],
    )) as Array<{ blocs: number; units: number }>;
    if (blocs !== blocIds.length || units !== unitIds.length) {
      const fields: Record<string, string[]> = {};
      if (blocs !== blocIds.length) fields['blocIds'] = ['movements.unknownParticipant'];
      if (units !== unitIds.length) fields['unitIds'] = ['movements.unknownParticipant'];
      throw invalidFields('movements.unknownParticipant', fields);
    }
    await manager.delete(MovementBlocEntity, { movementId: id });
    await manager.delete(MovementUnitEntity, { movementId: id });
    if (blocIds.length)
      await manager.insert(
        MovementBlocEntity,
        blocIds.map((blocId) => ({ movementId: id, blocId })),
      );
    if (unitIds.length)
      await manager.insert(
        MovementUnitEntity,
        unitIds.map((unitId) => ({ movementId: id, unitId })),
      );
  }
}

function movementFields(
  dto: Omit<SaveMovementDto, 'targets' | 'blocIds' | 'unitIds'> | MovementEntity,
) {
  return {
    kind: dto.kind,
    title: dto.title,
    slogan: dto.slogan ?? null,
    launchingAuthority: dto.launchingAuthority,
    launchDate: dto.launchDate ?? null,
    startDate: dto.startDate,
    endDate: dto.endDate,
    anniversaries: dto.anniversaries ?? [],
    midYearReviewDate: dto.midYearReviewDate ?? null,
    yearEndReviewDate: dto.yearEndReviewDate ?? null,
  };
}

function checkDates(dto: SaveMovementDto): void {
  if (dto.endDate < dto.startDate) {
    throw invalidFields('movements.endBeforeStart', { endDate: ['movements.endBeforeStart'] });
  }
}
