import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTIVE_STATUSES,
  EDITABLE_STATUSES,
  type EligibilityInput,
  evaluateEligibility,
  hasBlockers,
  nextNominationStatus,
  nominationStepRefusal,
} from '@thidua/awards/domain';
import type {
  BeneficiaryKind,
  EligibilityResult,
  NominationAction,
  NominationEvent,
  NominationListItemResponse,
  NominationResponse,
  NominationStatus,
} from '@thidua/awards/contracts';
import { BlocAccessService, LineageReader } from '@thidua/registry/api';
import type { Page } from '@thidua/shared/contracts';
import {
  ApiException,
  AttachmentsService,
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  likePattern,
  notFound,
  toAttachmentResponse,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { AwardCatalogueService } from './award-catalogue.service';
import { AwardHistoryService } from './award-history.service';
import { BeneficiariesService, beneficiaryColumn } from './beneficiaries.service';
import type {
  NominationListQueryDto,
  NominationTransitionDto,
  SaveNominationDto,
} from './dto/awards.dto';
import { AwardTypeEntity } from './entities/award-type.entity';
import { NominationEntity } from './entities/nomination.entity';

const PROVINCE_ACTIONS: NominationAction[] = ['approve', 'reject', 'decide', 'award'];
const BLOC_ACTIONS: NominationAction[] = ['return', 'accept', 'recordVote', 'send'];

/** Nominations: filing, the status flow, and eligibility against the rules in force that year. */
@Injectable()
export class NominationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
    private readonly catalogue: AwardCatalogueService,
    private readonly beneficiaries: BeneficiariesService,
    private readonly history: AwardHistoryService,
    private readonly attachments: AttachmentsService,
    private readonly lineage: LineageReader,
  ) {}

  async list(
    query: NominationListQueryDto,
    user: AuthUser,
  ): Promise<Page<NominationListItemResponse>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const push = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.year) where.push(`n.term_year = ${push(query.year)}`);
    if (query.blocId) where.push(`n.bloc_id = ${push(query.blocId)}`);
    if (query.awardTypeId) where.push(`n.award_type_id = ${push(query.awardTypeId)}`);
    if (query.status) where.push(`n.status = ${push(query.status)}`);
    if (query.beneficiaryKind) where.push(`n.beneficiary_kind = ${push(query.beneficiaryKind)}`);
    if (query.proposingUnitId) where.push(`n.proposing_unit_id = ${push(query.proposingUnitId)}`);
    if (query.q) {
      where.push(
        `search_fold(coalesce(bu.name, p.full_name, hh.head_name) || ' ' || pu.name || ' ' || a.name) LIKE ${push(likePattern(query.q))}`,
      );
    }
    const scope = await this.visibility(user, push);
    if (scope) where.push(scope);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT n.id, n.term_year, n.status, n.beneficiary_kind, n.votes, n.vote_denominator, n.vote_passed,
              coalesce(n.unit_id, n.person_id, n.household_id) AS beneficiary_id,
              coalesce(bu.name, p.full_name, hh.head_name) AS beneficiary_name,
              a.id AS award_id, a.code AS award_code, a.name AS award_name,
              pu.id AS pu_id, pu.code AS pu_code, pu.name AS pu_name, pu.short_name AS pu_short,
              b.id AS bloc_id, b.name AS bloc_name, b.kind AS bloc_kind,
              u.id AS u_id, u.code AS u_code, u.name AS u_name, u.short_name AS u_short
         FROM nominations n
         JOIN award_types a ON a.id = n.award_type_id
         JOIN units pu ON pu.id = n.proposing_unit_id
         LEFT JOIN blocs b ON b.id = n.bloc_id
         LEFT JOIN units bu ON bu.id = n.unit_id
         LEFT JOIN people p ON p.id = n.person_id
         LEFT JOIN households hh ON hh.id = n.household_id
         LEFT JOIN units u ON u.id = coalesce(n.unit_id, p.unit_id, hh.unit_id)
         ${filter}
        ORDER BY n.term_year DESC, a.sort_order, coalesce(bu.name, p.full_name, hh.head_name) COLLATE "vietnamese", n.id
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM nominations n JOIN award_types a ON a.id = n.award_type_id
         JOIN units pu ON pu.id = n.proposing_unit_id LEFT JOIN units bu ON bu.id = n.unit_id
         LEFT JOIN people p ON p.id = n.person_id LEFT JOIN households hh ON hh.id = n.household_id ${filter}`,
      params,
    )) as Array<{ total: number }>;
    // The rows' eligibility is read side by side, on the pool's connections.
    const eligibilities = await Promise.all(
      rows.map((r) => this.eligibility(this.dataSource.manager, r['id'] as string)),
    );
    const items: NominationListItemResponse[] = [];
    for (const [index, r] of rows.entries()) {
      const eligibility = eligibilities[index];
      items.push({
        id: r['id'] as string,
        year: Number(r['term_year']),
        award: {
          id: r['award_id'] as string,
          code: r['award_code'] as string,
          name: r['award_name'] as string,
        },
        beneficiary: {
          kind: r['beneficiary_kind'] as NominationListItemResponse['beneficiary']['kind'],
          id: r['beneficiary_id'] as string,
          name: r['beneficiary_name'] as string,
          unit: r['u_id']
            ? {
                id: r['u_id'] as string,
                code: r['u_code'] as string,
                name: r['u_name'] as string,
                shortName: r['u_short'] as string | null,
              }
            : null,
        },
        proposingUnit: {
          id: r['pu_id'] as string,
          code: r['pu_code'] as string,
          name: r['pu_name'] as string,
          shortName: r['pu_short'] as string | null,
        },
        bloc: r['bloc_id']
          ? {
              id: r['bloc_id'] as string,
              name: r['bloc_name'] as string,
              kind: r['bloc_kind'] as 'khoi' | 'cum',
            }
          : null,
        status: r['status'] as NominationStatus,
        blockers: eligibility.filter((e) => e.status === 'blocker').length,
        warnings: eligibility.filter((e) => e.status === 'warning').length,
        vote: voteOf(
          r['votes'] as number | null,
          r['vote_denominator'] as number | null,
          r['vote_passed'] as boolean | null,
        ),
      });
    }
    return { items, total, page, pageSize };
  }

  async get(
    id: string,
    user: AuthUser,
    manager = this.dataSource.manager,
  ): Promise<NominationResponse> {
    const n = await this.find(manager, id);
    await this.assertVisible(user, n);
    const award = await manager.findOneOrFail(AwardTypeEntity, { where: { id: n.awardTypeId } });
    const beneficiary = await this.beneficiaries.describe(
      manager,
      n.beneficiaryKind,
      beneficiaryIdOf(n),
    );
    const [pu] = (await manager.query(
      `SELECT id, code, name, short_name FROM units WHERE id = $1`,
      [n.proposingUnitId],
    )) as Array<{ id: string; code: string; name: string; short_name: string | null }>;
    const [bloc] = n.blocId
      ? ((await manager.query(`SELECT id, name, kind FROM blocs WHERE id = $1`, [
          n.blocId,
        ])) as Array<{ id: string; name: string; kind: 'khoi' | 'cum' }>)
      : [];
    const [movement] = n.movementId
      ? ((await manager.query(`SELECT id, title FROM movements WHERE id = $1`, [
          n.movementId,
        ])) as Array<{ id: string; title: string }>)
      : [];
    const report = n.reportAttachmentId
      ? (await this.attachments.listFor('nomination', [n.id], manager)).find(
          (a) => a.id === n.reportAttachmentId,
        )
      : undefined;
    return {
      id: n.id,
      year: n.termYear,
      award: { id: award.id, code: award.code, name: award.name, kind: award.kind },
      beneficiary,
      proposingUnit: { id: pu.id, code: pu.code, name: pu.name, shortName: pu.short_name },
      bloc: bloc ?? null,
      movement: movement ?? null,
      summary: n.summary,
      figures: n.figures,
      report: report ? toAttachmentResponse(report) : null,
      status: n.status,
      vote: voteOf(n.votes, n.voteDenominator, n.votePassed),
      returnReason: n.returnReason,
      decisionNumber: n.decisionNumber,
      decisionDate: n.decisionDate,
      overrideReason: n.overrideReason,
      eligibility: await this.eligibility(manager, n.id),
      timeline: n.timeline,
      allowedActions: await this.allowedActions(user, n),
      canEdit: EDITABLE_STATUSES.includes(n.status) && this.isProposer(user, n),
      version: n.version,
      createdAt: n.createdAt.toISOString(),
    };
  }

  async create(dto: SaveNominationDto, actor: AuthUser): Promise<NominationResponse> {
    if (
      !(
        actor.role === 'admin' ||
        ((actor.role === 'unit' || actor.role === 'secretariat') &&
          actor.unitId === dto.proposingUnitId)
      )
    ) {
      throw forbidden('nominations.notProposer');
    }
    return this.dataSource.transaction(async (manager) => {
      const fields = await this.resolve(manager, dto);
      const saved = await manager.save(
        manager.create(NominationEntity, {
          ...fields,
          status: 'draft',
          createdBy: actor.id,
          timeline: [event(actor, 'create', null, 'draft', null)],
        }),
      );
      if (dto.reportAttachmentId) {
        await this.attachments.attach(manager, dto.reportAttachmentId, 'achievementReport', {
          type: 'nomination',
          id: saved.id,
        });
      }
      await this.audit.record(
        { actor, action: 'create', entity: 'nomination', entityId: saved.id, after: { ...dto } },
        manager,
      );
      return this.get(saved.id, actor, manager);
    });
  }

  async update(id: string, dto: SaveNominationDto, actor: AuthUser): Promise<NominationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const n = await this.find(manager, id, true);
      if (!this.isProposer(actor, n)) throw forbidden('nominations.notProposer');
      if (!EDITABLE_STATUSES.includes(n.status)) throw conflict('nominations.notEditable');
      checkVersion(dto.version, n.version);
      if (dto.proposingUnitId !== n.proposingUnitId && actor.role !== 'admin')
        throw forbidden('nominations.notProposer');
      const before = snapshot(n);
      Object.assign(n, await this.resolve(manager, dto));
      n.timeline = [...n.timeline, event(actor, 'update', n.status, n.status, null)];
      await manager.save(n);
      if (dto.reportAttachmentId) {
        await this.attachments.attach(manager, dto.reportAttachmentId, 'achievementReport', {
          type: 'nomination',
          id: n.id,
        });
      }
      await this.audit.record(
        { actor, action: 'update', entity: 'nomination', entityId: id, before, after: { ...dto } },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  /** One step of the flow; a step out of order is 409, a step by the wrong party 403. */
  async transition(
    id: string,
    dto: NominationTransitionDto,
    actor: AuthUser,
  ): Promise<NominationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const n = await this.find(manager, id, true);
      await this.assertVisible(actor, n);
      if (!(await this.mayAct(actor, n, dto.action))) throw forbidden();
      checkVersion(dto.version, n.version);
      const next = nextNominationStatus(n.status, dto.action);
      if (!next)
        throw conflict('nominations.invalidTransition', { action: dto.action, status: n.status });
      const from = n.status;
      let override = false;
      if (dto.action === 'submit' || dto.action === 'accept') {
        const results = await this.eligibility(manager, n.id);
        if (hasBlockers(results)) {
          if (!dto.overrideBlockers) {
            const reasons = results
              .filter((r) => r.status === 'blocker')
              .map(({ code, params }) => ({ code, params }));
            throw new ApiException(422, 'nominations.blocked', { reasons });
          }
          if (actor.role !== 'admin' || !dto.reason)
            throw forbidden('nominations.overrideOnlyAdmin');
          override = true;
          n.overrideReason = dto.reason;
        }
      }
      if (dto.action === 'return' || dto.action === 'reject') {
        if (!dto.reason)
          throw invalidFields('nominations.reasonRequired', {
            reason: ['nominations.reasonRequired'],
          });
        n.returnReason = dto.reason;
      }
      if (dto.action === 'submit') n.returnReason = null;
      if (dto.action === 'recordVote') {
        if (!dto.vote || dto.vote.votes > dto.vote.denominator) {
          throw invalidFields('nominations.voteRequired', { vote: ['nominations.voteRequired'] });
        }
        Object.assign(n, {
          votes: dto.vote.votes,
          voteDenominator: dto.vote.denominator,
          votePassed: dto.vote.passed,
        });
      }
      const refusal = nominationStepRefusal(n, dto.action);
      if (refusal) throw conflict(refusal);
      if (dto.action === 'decide') {
        if (!dto.decisionNumber || !dto.decisionDate) {
          throw invalidFields('nominations.decisionRequired', {
            ...(dto.decisionNumber ? {} : { decisionNumber: ['nominations.decisionRequired'] }),
            ...(dto.decisionDate ? {} : { decisionDate: ['nominations.decisionRequired'] }),
          });
        }
        Object.assign(n, { decisionNumber: dto.decisionNumber, decisionDate: dto.decisionDate });
      }
      n.status = next;
      n.timeline = [
        ...n.timeline,
        ...(override ? [event(actor, 'override', from, from, dto.reason ?? null)] : []),
        event(actor, dto.action, from, next, dto.reason ?? null),
      ];
      await manager.save(n);
      const [recorded] =
        dto.action === 'award'
          ? await manager.query(`SELECT 1 FROM award_history WHERE nomination_id = $1`, [n.id])
          : [];
      if (dto.action === 'award' && !recorded) {
        await this.history.insert(manager, {
          year: n.termYear,
          awardTypeId: n.awardTypeId,
          kind: n.beneficiaryKind,
          beneficiaryId: beneficiaryIdOf(n),
          decisionNumber: n.decisionNumber,
          decisionDate: n.decisionDate,
          source: 'nomination',
          nominationId: n.id,
        });
      }
      if (override) {
        await this.audit.record(
          {
            actor,
            action: 'override',
            entity: 'nomination',
            entityId: id,
            reason: dto.reason ?? null,
            before: { status: from },
            after: { action: dto.action },
          },
          manager,
        );
      }
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'nomination',
          entityId: id,
          before: { status: from },
          after: { status: next, action: dto.action },
          reason: dto.reason ?? null,
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  /**
   * The award history the chains count: the beneficiary's own, and for a unit also its
   * predecessors' up to the year each counts under the lineage rule, named in `via`.
   */
  private async historyForEligibility(
    manager: EntityManager,
    kind: BeneficiaryKind,
    column: string,
    beneficiaryId: string,
  ): Promise<EligibilityInput['history']> {
    const holders =
      kind === 'collective'
        ? await this.lineage.historyUnits(beneficiaryId, manager)
        : [{ unitId: beneficiaryId, untilYear: null, viaName: null }];
    const rows: Array<{
      holder: string;
      year: number;
      code: string;
      name: string;
      category: 'title' | 'commendation';
      kind: 'regular' | 'sudden' | 'thematic';
    }> = await manager.query(
      `SELECT h.${column} AS holder, h.term_year AS year, a.code, a.name, a.category, a.kind
         FROM award_history h JOIN award_types a ON a.id = h.award_type_id
        WHERE h.${column} = ANY($1::uuid[])`,
      [holders.map((h) => h.unitId)],
    );
    const byId = new Map(holders.map((h) => [h.unitId, h]));
    return rows
      .filter((r) => {
        const until = byId.get(r.holder)?.untilYear;
        return until === null || until === undefined || Number(r.year) <= until;
      })
      .map((r) => ({
        year: Number(r.year),
        awardCode: r.code,
        awardName: r.name,
        category: r.category,
        kind: r.kind,
        via: byId.get(r.holder)?.viaName ?? null,
      }));
  }

  /** The eligibility results of a nomination, against its data as it is now. */
  async eligibility(manager: EntityManager, id: string): Promise<EligibilityResult[]> {
    const n = await this.find(manager, id);
    const award = await manager.findOneOrFail(AwardTypeEntity, { where: { id: n.awardTypeId } });
    const rule = await this.catalogue.ruleInForce(manager, n.awardTypeId, n.termYear);
    const column = beneficiaryColumn(n.beneficiaryKind);
    const beneficiaryId = beneficiaryIdOf(n);
    const history = await this.historyForEligibility(
      manager,
      n.beneficiaryKind,
      column,
      beneficiaryId,
    );
    const pending: Array<{
      year: number;
      code: string;
      name: string;
      category: 'title' | 'commendation';
      kind: 'regular' | 'sudden' | 'thematic';
    }> = await manager.query(
      `SELECT n.term_year AS year, a.code, a.name, a.category, a.kind FROM nominations n
         JOIN award_types a ON a.id = n.award_type_id
        WHERE n.${column} = $1 AND n.term_year = $2 AND n.id <> $3 AND n.status = ANY($4::text[])`,
      [beneficiaryId, n.termYear, n.id, ACTIVE_STATUSES],
    );
    const records: Array<{
      year: number;
      rating: 'excellent' | 'good' | 'complete' | 'incomplete';
      initiatives: number;
    }> =
      n.beneficiaryKind === 'individual'
        ? await manager.query(
            `SELECT term_year AS year, rating, initiatives FROM person_year_records WHERE person_id = $1`,
            [beneficiaryId],
          )
        : [];
    const flags: Array<{
      kind: 'discipline' | 'investigation' | 'inspection' | 'complaint';
      from: string;
      to: string | null;
    }> = await manager.query(
      `SELECT kind, to_char(from_date, 'YYYY-MM-DD') AS "from", to_char(to_date, 'YYYY-MM-DD') AS "to" FROM review_flags WHERE ${column} = $1`,
      [beneficiaryId],
    );
    let blocQuota: { limit: number | null; used: number } | null = null;
    if (n.blocId) {
      const [override] = (await manager.query(
        `SELECT quota FROM bloc_award_quotas WHERE bloc_id = $1 AND award_type_id = $2`,
        [n.blocId, n.awardTypeId],
      )) as Array<{ quota: number }>;
      const limit = override?.quota ?? rule?.quotaPerBloc ?? null;
      const [{ used }] = (await manager.query(
        `SELECT count(*)::int AS used FROM nominations
          WHERE bloc_id = $1 AND award_type_id = $2 AND term_year = $3 AND id <> $4 AND status = ANY($5::text[])`,
        [n.blocId, n.awardTypeId, n.termYear, n.id, ACTIVE_STATUSES],
      )) as Array<{ used: number }>;
      blocQuota = { limit, used };
    }
    const [person] = n.personId
      ? ((await manager.query(`SELECT sex FROM people WHERE id = $1`, [n.personId])) as Array<{
          sex: 'male' | 'female';
        }>)
      : [];
    return evaluateEligibility({
      year: n.termYear,
      award: {
        code: award.code,
        name: award.name,
        kind: award.kind,
        category: award.category,
        beneficiaryKinds: award.beneficiaryKinds,
      },
      rule: rule
        ? {
            legalCitation: rule.legalCitation,
            prerequisites: rule.prerequisites,
            quotaPerBloc: rule.quotaPerBloc,
          }
        : null,
      beneficiary: { kind: n.beneficiaryKind, sex: person?.sex ?? null, figures: n.figures },
      history,
      pending: pending.map((h) => ({
        awardCode: h.code,
        awardName: h.name,
        category: h.category,
        kind: h.kind,
      })),
      records: records.map((r) => ({
        year: Number(r.year),
        rating: r.rating,
        initiatives: Number(r.initiatives),
      })),
      flags,
      leadsBloc: await this.leadsBloc(manager, n),
      blocQuota,
      isThematic: n.movementId !== null,
    });
  }

  /**
   * Whether the collective leads its bloc in the year: it is ranked first in the bloc's locked
   * score table (`score_rankings`, written when the secretariat locks it); null while the bloc-year
   * has no locked ranking.
   */
  protected async leadsBloc(manager: EntityManager, n: NominationEntity): Promise<boolean | null> {
    if (n.beneficiaryKind !== 'collective' || !n.blocId) return null;
    const [row] = (await manager.query(
      `SELECT count(*)::int AS ranked, bool_or(unit_id = $3 AND rank = 1) AS leads
         FROM score_rankings WHERE bloc_id = $1 AND term_year = $2`,
      [n.blocId, n.termYear, n.unitId],
    )) as Array<{ ranked: number; leads: boolean | null }>;
    return row.ranked ? row.leads === true : null;
  }

  async find(manager: EntityManager, id: string, lock = false): Promise<NominationEntity> {
    const n = await manager.findOne(NominationEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!n) throw notFound('nominations.notFound');
    return n;
  }

  private async resolve(manager: EntityManager, dto: SaveNominationDto) {
    const award = await manager.findOne(AwardTypeEntity, {
      where: { id: dto.awardTypeId, isActive: true },
    });
    if (!award) throw invalidFields('awards.notFound', { awardTypeId: ['awards.notFound'] });
    await this.beneficiaries.describe(manager, dto.beneficiaryKind, dto.beneficiaryId);
    const [pu] = await manager.query(`SELECT id FROM units WHERE id = $1 AND NOT is_archived`, [
      dto.proposingUnitId,
    ]);
    if (!pu) throw invalidFields('users.unitNotFound', { proposingUnitId: ['users.unitNotFound'] });
    if (dto.movementId) {
      const [m] = await manager.query(`SELECT id FROM movements WHERE id = $1`, [dto.movementId]);
      if (!m) throw invalidFields('movements.notFound', { movementId: ['movements.notFound'] });
    }
    const [membership] = (await manager.query(
      `SELECT bloc_id FROM bloc_memberships WHERE unit_id = $1 AND term_year = $2`,
      [dto.proposingUnitId, dto.year],
    )) as Array<{ bloc_id: string }>;
    return {
      termYear: dto.year,
      awardTypeId: dto.awardTypeId,
      beneficiaryKind: dto.beneficiaryKind,
      unitId: dto.beneficiaryKind === 'collective' ? dto.beneficiaryId : null,
      personId: dto.beneficiaryKind === 'individual' ? dto.beneficiaryId : null,
      householdId: dto.beneficiaryKind === 'household' ? dto.beneficiaryId : null,
      proposingUnitId: dto.proposingUnitId,
      blocId: membership?.bloc_id ?? null,
      movementId: dto.movementId ?? null,
      summary: dto.summary,
      figures: dto.figures ?? null,
      reportAttachmentId: dto.reportAttachmentId ?? null,
    };
  }

  private isProposer(user: AuthUser, n: NominationEntity): boolean {
    return (
      user.role === 'admin' ||
      ((user.role === 'unit' || user.role === 'secretariat') && user.unitId === n.proposingUnitId)
    );
  }

  private async mayAct(
    user: AuthUser,
    n: NominationEntity,
    action: NominationAction,
  ): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (action === 'submit') return this.isProposer(user, n);
    if (BLOC_ACTIONS.includes(action))
      return !!n.blocId && (await this.access.canManageBloc(user, n.blocId, n.termYear));
    if (PROVINCE_ACTIONS.includes(action)) return false;
    return false;
  }

  private async allowedActions(user: AuthUser, n: NominationEntity): Promise<NominationAction[]> {
    const actions: NominationAction[] = [];
    for (const action of [
      'submit',
      'return',
      'accept',
      'recordVote',
      'send',
      'approve',
      'reject',
      'decide',
      'award',
    ] as const) {
      if (
        nextNominationStatus(n.status, action) &&
        !nominationStepRefusal(n, action) &&
        (await this.mayAct(user, n, action))
      )
        actions.push(action);
    }
    return actions;
  }

  /** Unit users see their unit's nominations; secretariats also their blocs'; admins and viewers all. */
  private async visibility(user: AuthUser, push: (v: unknown) => string): Promise<string | null> {
    if (user.role === 'admin' || user.role === 'viewer') return null;
    const unit = push(user.unitId);
    if (user.role === 'unit') return `n.proposing_unit_id = ${unit}`;
    return `(n.proposing_unit_id = ${unit} OR EXISTS (SELECT 1 FROM bloc_leaderships l WHERE l.bloc_id = n.bloc_id
              AND l.term_year IN (n.term_year, n.term_year - 1) AND (l.head_unit_id = ${unit} OR l.deputy_unit_id = ${unit})))`;
  }

  private async assertVisible(user: AuthUser, n: NominationEntity): Promise<void> {
    if (!(await this.isVisible(user, n))) throw forbidden();
  }

  private async isVisible(user: AuthUser, n: NominationEntity): Promise<boolean> {
    if (user.role === 'admin' || user.role === 'viewer' || this.isProposer(user, n)) return true;
    return (
      user.role === 'secretariat' &&
      !!n.blocId &&
      (await this.access.canManageBloc(user, n.blocId, n.termYear))
    );
  }

  /** A nomination's achievement report is read by those who see the nomination. */
  onModuleInit(): void {
    this.attachments.registerReader('nomination', async (user, id) => {
      const n = await this.dataSource.manager.findOne(NominationEntity, { where: { id } });
      return !!n && this.isVisible(user, n);
    });
  }
}

export function beneficiaryIdOf(
  n: Pick<NominationEntity, 'unitId' | 'personId' | 'householdId'>,
): string {
  return (n.unitId ?? n.personId ?? n.householdId) as string;
}

function voteOf(votes: number | null, denominator: number | null, passed: boolean | null) {
  return votes === null || denominator === null || passed === null
    ? null
    : { votes, denominator, passed, percent: Math.round((votes / denominator) * 10000) / 100 };
}

function event(
  actor: AuthUser,
  action: NominationEvent['action'],
  from: NominationStatus | null,
  to: NominationStatus,
  reason: string | null,
): NominationEvent {
  return { at: new Date().toISOString(), actor: actor.username, action, from, to, reason };
}

function snapshot(n: NominationEntity): Record<string, unknown> {
  return {
    year: n.termYear,
    awardTypeId: n.awardTypeId,
    beneficiaryKind: n.beneficiaryKind,
    beneficiaryId: beneficiaryIdOf(n),
    proposingUnitId: n.proposingUnitId,
    movementId: n.movementId,
    summary: n.summary,
    figures: n.figures,
    status: n.status,
  };
}
