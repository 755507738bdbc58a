import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  BlocDetailResponse,
  BlocListItemResponse,
  BlocResponse,
  BlocYearHistoryItem,
  WorkingYearResponse,
} from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import {
  ApiException,
  applySort,
  AuditService,
  type AuthUser,
  checkVersion,
  forbidden,
  notFound,
  searchCondition,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { BlocAccessService } from './bloc-access.service';
import {
  YEAR_FIGURES_SQL,
  type YearFiguresRow,
  blocSnapshot,
  refOf,
  toBlocResponse,
} from './bloc.mapper';
import type { BlocListQueryDto, CreateBlocDto, UpdateBlocDto } from './dto/blocs.dto';
import { BlocEntity } from './entities/bloc.entity';

/** The expression the `idx_blocs_search` trigram index covers. */
export const BLOC_SEARCH_EXPRESSION = "b.name || ' ' || coalesce(b.managing_authority, '')";

/** Fields a bloc's secretariat may change; the rest (name, kind, archive) is the admin's. */
const SECRETARIAT_FIELDS = new Set([
  'description',
  'managingAuthority',
  'headCooldownYears',
  'version',
]);

@Injectable()
export class BlocsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
  ) {}

  /** The year pages open on: the latest up to this year in which a bloc has members, else this year. */
  async workingYear(): Promise<WorkingYearResponse> {
    const calendarYear = new Date().getFullYear();
    const [row] = (await this.dataSource.query(
      `SELECT max(term_year)::int AS year FROM bloc_memberships WHERE term_year <= $1`,
      [calendarYear],
    )) as Array<{ year: number | null }>;
    return { year: row?.year ?? calendarYear, calendarYear };
  }

  async list(query: BlocListQueryDto): Promise<Page<BlocListItemResponse>> {
    const year = query.year ?? new Date().getFullYear();
    const qb = this.dataSource.getRepository(BlocEntity).createQueryBuilder('b');
    if (query.q) {
      const search = searchCondition(BLOC_SEARCH_EXPRESSION, query.q);
      qb.andWhere(search.sql, search.params);
    }
    if (query.kind) qb.andWhere('b.kind = :kind', { kind: query.kind });
    if (query.isArchived !== undefined) qb.andWhere('b.is_archived = :a', { a: query.isArchived });
    applySort(
      qb,
      query.sort,
      { name: 'b.name', kind: 'b.kind', createdAt: 'b.created_at' },
      'name',
      ['name'],
    );
    qb.addOrderBy('b.id');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [blocs, total] = await qb
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getManyAndCount();
    const figures = await this.yearFigures(
      blocs.map((b) => b.id),
      year,
    );
    return {
      items: blocs.map((b) => {
        const f = figures.find((row) => row.bloc_id === b.id);
        return {
          ...toBlocResponse(b),
          year,
          memberCount: f?.member_count ?? 0,
          head: f ? refOf(f.head_id, f.head_code, f.head_name, f.head_short) : null,
          deputy: f ? refOf(f.deputy_id, f.deputy_code, f.deputy_name, f.deputy_short) : null,
        };
      }),
      total,
      page,
      pageSize,
    };
  }

  async get(id: string, user: AuthUser): Promise<BlocDetailResponse> {
    const bloc = await this.find(this.dataSource.manager, id);
    const years = (await this.yearFigures([id], null)).map(
      (f): BlocYearHistoryItem => ({
        year: Number(f.term_year),
        memberCount: f.member_count,
        head: refOf(f.head_id, f.head_code, f.head_name, f.head_short),
        deputy: refOf(f.deputy_id, f.deputy_code, f.deputy_name, f.deputy_short),
      }),
    );
    return {
      ...toBlocResponse(bloc),
      years,
      canManage: await this.access.canManageBlocAnyYear(user, id),
    };
  }

  async create(dto: CreateBlocDto, actor: AuthUser): Promise<BlocResponse> {
    if (actor.role !== 'admin') throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, dto.name);
      const saved = await manager.save(
        manager.create(BlocEntity, {
          name: dto.name,
          kind: dto.kind,
          description: dto.description ?? null,
          managingAuthority: dto.managingAuthority ?? null,
          headCooldownYears: dto.headCooldownYears ?? null,
        }),
      );
      await this.audit.record(
        { actor, action: 'create', entity: 'bloc', entityId: saved.id, after: blocSnapshot(saved) },
        manager,
      );
      return toBlocResponse(saved);
    });
  }

  async update(id: string, dto: UpdateBlocDto, actor: AuthUser): Promise<BlocResponse> {
    const isAdmin = actor.role === 'admin';
    if (!isAdmin) {
      const fields = Object.keys(dto).filter((k) => dto[k as keyof UpdateBlocDto] !== undefined);
      if (
        !(await this.access.canManageBlocAnyYear(actor, id)) ||
        fields.some((f) => !SECRETARIAT_FIELDS.has(f))
      ) {
        await this.find(this.dataSource.manager, id);
        throw forbidden();
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const bloc = await this.find(manager, id, true);
      checkVersion(dto.version, bloc.version);
      const before = blocSnapshot(bloc);
      if (dto.name !== undefined && dto.name !== bloc.name)
        await this.assertNameFree(manager, dto.name);
      const { version: _version, ...changes } = dto;
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) (bloc as unknown as Record<string, unknown>)[key] = value;
      }
      const saved = await manager.save(bloc);
      const action = dto.isArchived === true && !before['isArchived'] ? 'archive' : 'update';
      await this.audit.record(
        { actor, action, entity: 'bloc', entityId: id, before, after: blocSnapshot(saved) },
        manager,
      );
      return toBlocResponse(saved);
    });
  }

  async find(manager: EntityManager, id: string, lock = false): Promise<BlocEntity> {
    const qb = manager
      .getRepository(BlocEntity)
      .createQueryBuilder('b')
      .where('b.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const bloc = await qb.getOne();
    if (!bloc) throw notFound('blocs.notFound');
    return bloc;
  }

  private async yearFigures(blocIds: string[], year: number | null): Promise<YearFiguresRow[]> {
    if (!blocIds.length) return [];
    return this.dataSource.query(YEAR_FIGURES_SQL, [blocIds, year]);
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    if (await manager.exists(BlocEntity, { where: { name } })) {
      throw new ApiException(409, 'blocs.nameTaken', { name }, { name: ['blocs.nameTaken'] });
    }
  }
}
