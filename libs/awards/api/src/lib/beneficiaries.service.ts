import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  BeneficiaryKind,
  BeneficiaryRef,
  HouseholdResponse,
  PersonResponse,
} from '@thidua/awards/contracts';
import type { Page } from '@thidua/shared/contracts';
import {
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

import type {
  BeneficiaryListQueryDto,
  SaveHouseholdDto,
  SavePersonDto,
  SavePersonYearRecordDto,
  SaveReviewFlagDto,
} from './dto/awards.dto';
import {
  HouseholdEntity,
  PersonEntity,
  PersonYearRecordEntity,
  ReviewFlagEntity,
} from './entities/beneficiaries.entity';

/** Folded name and position / head and address, trigram-indexed (migration `KeepFoldedSearchText`). */
export const PERSON_SEARCH_COLUMN = 'p.search_text';
export const HOUSEHOLD_SEARCH_COLUMN = 'h.search_text';

const unitRef = (
  u: { id: string; code: string; name: string; shortName: string | null } | null | undefined,
) => (u ? { id: u.id, code: u.code, name: u.name, shortName: u.shortName } : null);

export const toPersonResponse = (p: PersonEntity): PersonResponse => ({
  id: p.id,
  fullName: p.fullName,
  birthYear: p.birthYear,
  sex: p.sex,
  position: p.position,
  unit: unitRef(p.unit),
  version: p.version,
});

export const toHouseholdResponse = (h: HouseholdEntity): HouseholdResponse => ({
  id: h.id,
  headName: h.headName,
  address: h.address,
  unit: unitRef(h.unit),
  version: h.version,
});

/** The column of a beneficiary reference: unit_id, person_id or household_id. */
export const beneficiaryColumn = (kind: BeneficiaryKind) =>
  kind === 'collective' ? 'unit_id' : kind === 'individual' ? 'person_id' : 'household_id';

/** People and households who can be nominated, their yearly assessments and dated reviews. */
@Injectable()
export class BeneficiariesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listPeople(query: BeneficiaryListQueryDto): Promise<Page<PersonResponse>> {
    const qb = this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.unit', 'u');
    if (query.q) {
      const s = foldedColumnCondition(PERSON_SEARCH_COLUMN, query.q);
      qb.andWhere(s.sql, s.params);
    }
    if (query.unitId) qb.andWhere('p.unit_id = :unitId', { unitId: query.unitId });
    qb.orderBy('p.full_name COLLATE "vietnamese"').addOrderBy('p.id');
    return pageOf(qb, query, toPersonResponse);
  }

  async getPerson(id: string, manager = this.dataSource.manager): Promise<PersonResponse> {
    const p = await manager.findOne(PersonEntity, { where: { id }, relations: { unit: true } });
    if (!p) throw notFound('people.notFound');
    return toPersonResponse(p);
  }

  async savePerson(
    id: string | null,
    dto: SavePersonDto,
    actor: AuthUser,
  ): Promise<PersonResponse> {
    this.assertOwnUnit(actor, dto.unitId ?? null);
    return this.dataSource.transaction(async (manager) => {
      await this.assertUnitExists(manager, dto.unitId ?? null);
      let person: PersonEntity;
      let before: Record<string, unknown> | null = null;
      if (id) {
        const found = await manager.findOne(PersonEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!found) throw notFound('people.notFound');
        this.assertOwnUnit(actor, found.unitId);
        checkVersion(dto.version, found.version);
        before = {
          fullName: found.fullName,
          birthYear: found.birthYear,
          sex: found.sex,
          position: found.position,
          unitId: found.unitId,
        };
        person = found;
      } else {
        person = manager.create(PersonEntity, {});
      }
      Object.assign(person, {
        fullName: dto.fullName,
        birthYear: dto.birthYear ?? null,
        sex: dto.sex,
        position: dto.position ?? null,
        unitId: dto.unitId ?? null,
      });
      const saved = await manager.save(person);
      await this.audit.record(
        {
          actor,
          action: id ? 'update' : 'create',
          entity: 'person',
          entityId: saved.id,
          before,
          after: { ...dto },
        },
        manager,
      );
      return this.getPerson(saved.id, manager);
    });
  }

  async listHouseholds(query: BeneficiaryListQueryDto): Promise<Page<HouseholdResponse>> {
    const qb = this.dataSource
      .getRepository(HouseholdEntity)
      .createQueryBuilder('h')
      .leftJoinAndSelect('h.unit', 'u');
    if (query.q) {
      const s = foldedColumnCondition(HOUSEHOLD_SEARCH_COLUMN, query.q);
      qb.andWhere(s.sql, s.params);
    }
    if (query.unitId) qb.andWhere('h.unit_id = :unitId', { unitId: query.unitId });
    qb.orderBy('h.head_name COLLATE "vietnamese"').addOrderBy('h.id');
    return pageOf(qb, query, toHouseholdResponse);
  }

  async getHousehold(id: string, manager = this.dataSource.manager): Promise<HouseholdResponse> {
    const h = await manager.findOne(HouseholdEntity, { where: { id }, relations: { unit: true } });
    if (!h) throw notFound('households.notFound');
    return toHouseholdResponse(h);
  }

  async saveHousehold(
    id: string | null,
    dto: SaveHouseholdDto,
    actor: AuthUser,
  ): Promise<HouseholdResponse> {
    this.assertOwnUnit(actor, dto.unitId ?? null);
    return this.dataSource.transaction(async (manager) => {
      await this.assertUnitExists(manager, dto.unitId ?? null);
      let household: HouseholdEntity;
      let before: Record<string, unknown> | null = null;
      if (id) {
        const found = await manager.findOne(HouseholdEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!found) throw notFound('households.notFound');
        this.assertOwnUnit(actor, found.unitId);
        checkVersion(dto.version, found.version);
        before = { headName: found.headName, address: found.address, unitId: found.unitId };
        household = found;
      } else {
        household = manager.create(HouseholdEntity, {});
      }
      Object.assign(household, {
        headName: dto.headName,
        address: dto.address,
        unitId: dto.unitId ?? null,
      });
      const saved = await manager.save(household);
      await this.audit.record(
        {
          actor,
          action: id ? 'update' : 'create',
          entity: 'household',
          entityId: saved.id,
          before,
          after: { ...dto },
        },
        manager,
      );
      return this.getHousehold(saved.id, manager);
    });
  }

  async saveYearRecord(
    personId: string,
    year: number,
    dto: SavePersonYearRecordDto,
    actor: AuthUser,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const person = await manager.findOne(PersonEntity, { where: { id: personId } });
      if (!person) throw notFound('people.notFound');
      this.assertOwnUnit(actor, person.unitId);
      const [current] = (await manager.query(
        `SELECT rating, initiatives, version FROM person_year_records
          WHERE person_id = $1 AND term_year = $2 FOR UPDATE`,
        [personId, year],
      )) as Array<{ rating: string | null; initiatives: number; version: number }>;
      checkVersion(dto.version, current?.version ?? 0);
      // A first save racing another finds the row made (DO NOTHING) and is refused as stale.
      const saved = (await manager.query(
        `INSERT INTO person_year_records (person_id, term_year, rating, initiatives) VALUES ($1, $2, $3, $4)
         ON CONFLICT (person_id, term_year) DO UPDATE
           SET rating = EXCLUDED.rating, initiatives = EXCLUDED.initiatives,
               version = person_year_records.version + 1
           WHERE $5::boolean
         RETURNING id`,
        [personId, year, dto.rating, dto.initiatives, !!current],
      )) as unknown[];
      if (!saved.length) throw conflict('common.staleVersion');
      await this.audit.record(
        {
          actor,
          action: current ? 'update' : 'create',
          entity: 'personYearRecord',
          entityId: personId,
          before: current
            ? { year, rating: current.rating, initiatives: current.initiatives }
            : null,
          after: { year, rating: dto.rating, initiatives: dto.initiatives },
        },
        manager,
      );
      return manager.find(PersonYearRecordEntity, {
        where: { personId },
        order: { termYear: 'DESC' },
      });
    });
  }

  async yearRecords(personId: string) {
    return this.dataSource
      .getRepository(PersonYearRecordEntity)
      .find({ where: { personId }, order: { termYear: 'DESC' } });
  }

  /** Records a dated review (kỷ luật, điều tra, …): admin only. */
  async addFlag(dto: SaveReviewFlagDto, actor: AuthUser) {
    if (actor.role !== 'admin') throw forbidden();
    if (dto.toDate && dto.toDate < dto.fromDate)
      throw invalidFields('common.validation', { toDate: ['common.validation'] });
    return this.dataSource.transaction(async (manager) => {
      await this.describe(manager, dto.beneficiaryKind, dto.beneficiaryId);
      const column = beneficiaryColumn(dto.beneficiaryKind);
      const [{ id }] = (await manager.query(
        `INSERT INTO review_flags (${column}, kind, from_date, to_date, note) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [dto.beneficiaryId, dto.kind, dto.fromDate, dto.toDate ?? null, dto.note ?? null],
      )) as Array<{ id: string }>;
      await this.audit.record(
        { actor, action: 'create', entity: 'reviewFlag', entityId: id, after: { ...dto } },
        manager,
      );
      return { id, ...dto };
    });
  }

  async listFlags(kind: BeneficiaryKind, id: string) {
    return this.dataSource.getRepository(ReviewFlagEntity).find({
      where:
        kind === 'collective'
          ? { unitId: id }
          : kind === 'individual'
            ? { personId: id }
            : { householdId: id },
      order: { fromDate: 'DESC' },
    });
  }

  /** Name and unit of a beneficiary; 422 when it does not exist. */
  async describe(
    manager: EntityManager,
    kind: BeneficiaryKind,
    id: string,
  ): Promise<BeneficiaryRef> {
    const rows: Array<{
      name: string;
      unit_id: string | null;
      code: string | null;
      unit_name: string | null;
      short_name: string | null;
    }> =
      kind === 'collective'
        ? await manager.query(
            `SELECT name, id AS unit_id, code, name AS unit_name, short_name FROM units WHERE id = $1`,
            [id],
          )
        : kind === 'individual'
          ? await manager.query(
              `SELECT p.full_name AS name, u.id AS unit_id, u.code, u.name AS unit_name, u.short_name
                 FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = $1`,
              [id],
            )
          : await manager.query(
              `SELECT h.head_name AS name, u.id AS unit_id, u.code, u.name AS unit_name, u.short_name
                 FROM households h LEFT JOIN units u ON u.id = h.unit_id WHERE h.id = $1`,
              [id],
            );
    const [row] = rows;
    if (!row)
      throw invalidFields('beneficiary.notFound', { beneficiaryId: ['beneficiary.notFound'] });
    return {
      kind,
      id,
      name: row.name,
      unit:
        row.unit_id && row.code && row.unit_name
          ? { id: row.unit_id, code: row.code, name: row.unit_name, shortName: row.short_name }
          : null,
    };
  }

  private assertOwnUnit(actor: AuthUser, unitId: string | null): void {
    if (actor.role === 'admin') return;
    if (
      (actor.role === 'unit' || actor.role === 'secretariat') &&
      actor.unitId &&
      actor.unitId === unitId
    )
      return;
    throw forbidden('beneficiary.otherUnit');
  }

  private async assertUnitExists(manager: EntityManager, unitId: string | null): Promise<void> {
    if (!unitId) return;
    const [row] = await manager.query(`SELECT 1 FROM units WHERE id = $1`, [unitId]);
    if (!row) throw invalidFields('users.unitNotFound', { unitId: ['users.unitNotFound'] });
  }
}
