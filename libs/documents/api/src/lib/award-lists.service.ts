import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AwardHistoryService, ClearanceGateService } from '@thidua/awards/api';
import type {
  AwardListResponse,
  AwardListSummaryResponse,
  CertificateLayoutResponse,
  ExportFormat,
} from '@thidua/documents/contracts';
import { countByKind, groupAwardList, type ListRowInput } from '@thidua/documents/domain';
import { BlocAccessService, organisationIssuer } from '@thidua/registry/api';
import { authorityHeading } from '@thidua/registry/domain';
import {
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  notFound,
  type DownloadFile,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import {
  type CertificateEntry,
  DEFAULT_LAYOUT,
  buildBlankCertificates,
  buildCoverLetter,
  buildDesignCertificates,
  buildListDocument,
  buildListTable,
} from './award-list-documents';
import type {
  RecordDecisionDto,
  AwardListVersionDto,
  SaveAwardListDto,
  SaveCertificateLayoutDto,
} from './dto/award-lists.dto';
import { defaultCoverLetter, redatedCoverLetter } from './cover-letter.defaults';
import { AwardListEntity, CertificateLayoutEntity } from './entities/award-list.entity';
import { RenderService } from '@thidua/shared/api-core';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Award lists with their cover letter; sending; the province's decision; exports; certificates. */
@Injectable()
export class AwardListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: BlocAccessService,
    private readonly history: AwardHistoryService,
    private readonly renderer: RenderService,
    private readonly clearance: ClearanceGateService,
  ) {}

  async list(user: AuthUser, year?: number, blocId?: string): Promise<AwardListSummaryResponse[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM award_lists WHERE ($1::smallint IS NULL OR term_year = $1) AND ($2::uuid IS NULL OR bloc_id = $2)
        ORDER BY created_at DESC`,
      [year ?? null, blocId ?? null],
    );
    const out: AwardListSummaryResponse[] = [];
    for (const r of rows) {
      const l = await this.get(r.id, user);
      out.push({
        id: l.id,
        title: l.title,
        year: l.year,
        bloc: l.bloc,
        status: l.status,
        counts: l.counts,
        createdAt: l.createdAt,
      });
    }
    return out;
  }

  async get(
    id: string,
    user: AuthUser,
    manager = this.dataSource.manager,
  ): Promise<AwardListResponse> {
    const list = await this.find(manager, id);
    const rows = await this.rows(manager, list);
    const [bloc] = list.blocId
      ? ((await manager.query(`SELECT id, name, kind FROM blocs WHERE id = $1`, [
          list.blocId,
        ])) as Array<{ id: string; name: string; kind: 'khoi' | 'cum' }>)
      : [];
    return {
      id: list.id,
      title: list.title,
      year: list.termYear,
      bloc: bloc ?? null,
      order: list.sortOrder,
      status: list.status,
      sections: groupAwardList(rows, list.sortOrder),
      counts: countByKind(rows),
      coverLetter: list.coverLetter,
      decision: list.decision,
      canManage: await this.canManage(user, list.blocId, list.termYear),
      version: list.version,
      createdAt: list.createdAt.toISOString(),
    };
  }

  async create(dto: SaveAwardListDto, actor: AuthUser): Promise<AwardListResponse> {
    if (!(await this.canManage(actor, dto.blocId ?? null, dto.year))) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      await this.checkNominations(manager, dto.nominationIds, dto.year, dto.blocId ?? null, null);
      const coverLetter = {
        ...(await defaultCoverLetter(manager, dto.blocId ?? null, dto.year, dto.coverLetter?.date)),
        ...defined(dto.coverLetter),
      };
      const saved = await manager.save(
        manager.create(AwardListEntity, {
          title: dto.title,
          termYear: dto.year,
          blocId: dto.blocId ?? null,
          sortOrder: dto.order,
          coverLetter,
          status: 'draft',
          createdBy: actor.id,
        }),
      );
      await this.saveItems(manager, saved.id, dto.nominationIds, dto.notes ?? {});
      await this.audit.record(
        { actor, action: 'create', entity: 'awardList', entityId: saved.id, after: { ...dto } },
        manager,
      );
      return this.get(saved.id, actor, manager);
    });
  }

  async update(id: string, dto: SaveAwardListDto, actor: AuthUser): Promise<AwardListResponse> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.find(manager, id, true);
      if (!(await this.canManage(actor, list.blocId, list.termYear))) throw forbidden();
      if (list.status !== 'draft') throw conflict('awardLists.notDraft');
      checkVersion(dto.version, list.version);
      await this.checkNominations(manager, dto.nominationIds, list.termYear, list.blocId, id);
      const before = await this.auditImage(manager, list);
      const letter = { ...list.coverLetter, ...defined(dto.coverLetter) };
      const redated = letter.date !== list.coverLetter.date && !dto.coverLetter?.bases;
      Object.assign(list, {
        title: dto.title,
        sortOrder: dto.order,
        coverLetter: redated ? await redatedCoverLetter(manager, letter) : letter,
      });
      await manager.save(list);
      await manager.query(`DELETE FROM award_list_items WHERE list_id = $1`, [id]);
      await this.saveItems(manager, id, dto.nominationIds, dto.notes ?? {});
      await this.audit.record(
        { actor, action: 'update', entity: 'awardList', entityId: id, before, after: { ...dto } },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  /** Sends the list: its nominations move to "sent to the province". */
  /** Deletes a draft list (a mistaken or abandoned one); its nominations are not touched. */
  async remove(id: string, dto: AwardListVersionDto, actor: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const list = await this.find(manager, id, true);
      if (!(await this.canManage(actor, list.blocId, list.termYear))) throw forbidden();
      if (list.status !== 'draft') throw conflict('awardLists.notDraft');
      checkVersion(dto.version, list.version);
      const before = await this.auditImage(manager, list);
      await manager.query(`DELETE FROM award_list_items WHERE list_id = $1`, [id]);
      await manager.query(`DELETE FROM award_lists WHERE id = $1`, [id]);
      await this.audit.record(
        {
          actor,
          action: 'delete',
          entity: 'awardList',
          entityId: id,
          before,
        },
        manager,
      );
    });
  }

  async send(id: string, dto: AwardListVersionDto, actor: AuthUser): Promise<AwardListResponse> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.find(manager, id, true);
      if (!(await this.canManage(actor, list.blocId, list.termYear))) throw forbidden();
      checkVersion(dto.version, list.version);
      if (list.status !== 'draft') throw conflict('awardLists.notDraft');
      const items = await this.itemStatuses(manager, id);
      if (!items.length) throw conflict('awardLists.empty');
      if (items.some((i) => i.status !== 'voted' || !i.vote_passed))
        throw conflict('awardLists.notPassed');
      await this.moveNominations(
        manager,
        items.map((i) => i.id),
        [{ action: 'send', to: 'sent', reason: null }],
        actor,
      );
      list.status = 'sent';
      await manager.save(list);
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'awardList',
          entityId: id,
          before: { status: 'draft' },
          after: { status: 'sent' },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  /**
   * Records the province's decision: rejected rows become "rejected"; the others are approved and
   * decided (number, date) and go into the award history.
   */
  async recordDecision(
    id: string,
    dto: RecordDecisionDto,
    actor: AuthUser,
  ): Promise<AwardListResponse> {
    if (actor.role !== 'admin') throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const list = await this.find(manager, id, true);
      if (list.status !== 'sent') throw conflict('awardLists.notSent');
      checkVersion(dto.version, list.version);
      const items = await this.itemStatuses(manager, id);
      const ids = new Set(items.map((i) => i.id));
      if (dto.rejectedNominationIds.some((r) => !ids.has(r))) {
        throw invalidFields('awardLists.notOnList', {
          rejectedNominationIds: ['awardLists.notOnList'],
        });
      }
      // No award while an office objects or is silent past its due date (Art. 4), unless overridden.
      const approved = (await this.rows(manager, list)).filter(
        (r) => !dto.rejectedNominationIds.includes(r.nominationId),
      );
      await this.clearance.assertCleared(
        approved.map((r) => ({ id: r.nominationId, name: r.name })),
        manager,
      );
      // One statement per step for the whole list (a list of 5,000 is decided in well under 2 s).
      const rejected = new Set(dto.rejectedNominationIds);
      const reason = `Quyết định số ${dto.number}`;
      await this.moveNominations(
        manager,
        items.filter((i) => rejected.has(i.id)).map((i) => i.id),
        [{ action: 'reject', to: 'rejected', reason }],
        actor,
      );
      const decided = items.filter((i) => !rejected.has(i.id)).map((i) => i.id);
      await this.moveNominations(
        manager,
        decided,
        [
          { action: 'approve', to: 'approved', reason: null },
          { action: 'decide', to: 'decided', reason },
        ],
        actor,
        { number: dto.number, date: dto.date },
      );
      await this.history.insertDecided(manager, decided, dto.number, dto.date);
      list.status = 'decided';
      list.decision = {
        number: dto.number,
        date: dto.date,
        signer: dto.signer,
        rejected: dto.rejectedNominationIds,
      };
      await manager.save(list);
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'awardList',
          entityId: id,
          before: { status: 'sent' },
          after: { status: 'decided', decision: list.decision },
        },
        manager,
      );
      return this.get(id, actor, manager);
    });
  }

  async exportList(id: string, format: ExportFormat, user: AuthUser): Promise<DownloadFile> {
    const list = await this.get(id, user);
    const buffer =
      format === 'xlsx'
        ? await this.renderer.render({
            kind: 'xlsx',
            table: buildListTable(list),
            sheet: 'Danh sách',
          })
        : await this.renderer.render({ kind: format, doc: buildListDocument(list) });
    return {
      buffer,
      contentType: CONTENT_TYPES[format],
      fileName: `Danh sách đề nghị khen thưởng năm ${list.year}.${format}`,
    };
  }

  /** The number of the list's cover letter ("15/TTr-SNV"), for the stamp of the signed list. */
  async coverLetterNumber(id: string): Promise<string | null> {
    return (await this.find(this.dataSource.manager, id)).coverLetter.number || null;
  }

  async coverLetter(id: string, format: 'pdf' | 'docx', user: AuthUser): Promise<DownloadFile> {
    const list = await this.get(id, user);
    const buffer = await this.renderer.render({ kind: format, doc: buildCoverLetter(list) });
    return {
      buffer,
      contentType: CONTENT_TYPES[format],
      fileName: `Tờ trình đề nghị khen thưởng năm ${list.year}.${format}`,
    };
  }

  /** One page per awardee of the decided rows: a full design, or onto pre-printed blanks. */
  async certificates(
    id: string,
    layoutKind: 'design' | 'blank',
    awardTypeId: string | undefined,
    user: AuthUser,
  ): Promise<DownloadFile> {
    const list = await this.get(id, user);
    if (list.status !== 'decided' || !list.decision) throw conflict('awardLists.notDecided');
    const rows = list.sections
      .flatMap((s) => s.groups.flatMap((g) => g.rows))
      .filter(
        (r) =>
          !list.decision?.rejected.includes(r.nominationId) &&
          (!awardTypeId || r.award.id === awardTypeId),
      );
    const entries: CertificateEntry[] = rows.map((r) => ({
      name: r.name,
      unit: r.kind === 'collective' ? null : (r.unit?.name ?? null),
      achievement: r.summary.split(/[.;]/)[0] ?? r.summary,
      award: r.award.name,
      decisionNumber: list.decision?.number ?? '',
      decisionDate: list.decision?.date ?? '',
    }));
    if (!entries.length) throw conflict('awardLists.empty');
    // Signed by the profile's certificate signer in force on the decision's date.
    const issuer = await organisationIssuer(
      this.dataSource.manager,
      'certificate',
      list.decision.date,
    );
    const heading =
      issuer.signer && issuer.body
        ? authorityHeading(issuer.signer, issuer.body.name)
        : issuer.issuingAgency.replace(/\n/g, ' ');
    let buffer: Buffer;
    if (layoutKind === 'design') {
      buffer = await this.renderer.render({
        kind: 'pdf',
        doc: buildDesignCertificates(entries, issuer.place, heading, issuer.signature),
      });
    } else {
      const layout = await this.layout(awardTypeId ?? rows[0].award.id);
      buffer = await this.renderer.render({
        kind: 'placedPdf',
        doc: buildBlankCertificates(entries, layout, issuer.place, issuer.signature.name),
      });
    }
    return { buffer, contentType: CONTENT_TYPES.pdf, fileName: `Bằng khen năm ${list.year}.pdf` };
  }

  async layout(awardTypeId: string): Promise<CertificateLayoutResponse> {
    const saved = await this.dataSource
      .getRepository(CertificateLayoutEntity)
      .findOne({ where: { awardTypeId } });
    return {
      awardTypeId,
      orientation: saved?.orientation ?? 'landscape',
      fields: saved?.fields ?? DEFAULT_LAYOUT,
      version: saved?.version ?? 0,
    };
  }

  async saveLayout(
    awardTypeId: string,
    dto: SaveCertificateLayoutDto,
    actor: AuthUser,
  ): Promise<CertificateLayoutResponse> {
    if (actor.role !== 'admin') throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const [award] = await manager.query(`SELECT 1 FROM award_types WHERE id = $1`, [awardTypeId]);
      if (!award) throw notFound('awards.notFound');
      const [current] = (await manager.query(
        `SELECT orientation, fields, version FROM certificate_layouts WHERE award_type_id = $1 FOR UPDATE`,
        [awardTypeId],
      )) as Array<{ orientation: string; fields: unknown; version: number }>;
      checkVersion(dto.version, current?.version ?? 0);
      // A first save racing another finds the row made (DO NOTHING) and is refused as stale.
      const saved = (await manager.query(
        `INSERT INTO certificate_layouts (award_type_id, orientation, fields) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (award_type_id) DO UPDATE
           SET orientation = EXCLUDED.orientation, fields = EXCLUDED.fields, updated_at = now(),
               version = certificate_layouts.version + 1
           WHERE $4::boolean
         RETURNING award_type_id`,
        [awardTypeId, dto.orientation, JSON.stringify(dto.fields), !!current],
      )) as unknown[];
      if (!saved.length) throw conflict('common.staleVersion');
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'certificateLayout',
          entityId: awardTypeId,
          // Before a first save the award prints with the default layout.
          before: {
            orientation: current?.orientation ?? 'landscape',
            fields: current?.fields ?? DEFAULT_LAYOUT,
          },
          after: { ...dto },
        },
        manager,
      );
      return this.layout(awardTypeId);
    });
  }

  private async rows(manager: EntityManager, list: AwardListEntity): Promise<ListRowInput[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT n.id, n.beneficiary_kind, n.summary, n.votes, n.vote_denominator, n.status, i.note,
              a.id AS award_id, a.code AS award_code, a.name AS award_name, a.sort_order,
              coalesce(bu.name, p.full_name, hh.head_name) AS name, p.birth_year, p.sex, p.position,
              u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short,
              (SELECT m.rotation_order FROM bloc_memberships m WHERE m.unit_id = u.id AND m.term_year = n.term_year) AS unit_order
         FROM award_list_items i
         JOIN nominations n ON n.id = i.nomination_id
         JOIN award_types a ON a.id = n.award_type_id
         LEFT JOIN units bu ON bu.id = n.unit_id
         LEFT JOIN people p ON p.id = n.person_id
         LEFT JOIN households hh ON hh.id = n.household_id
         LEFT JOIN units u ON u.id = coalesce(n.unit_id, p.unit_id, hh.unit_id)
        WHERE i.list_id = $1`,
      [list.id],
    );
    const clearance = await this.clearance.summaries(
      rows.map((r) => r['id'] as string),
      manager,
    );
    return rows.map((r) => {
      const votes = r['votes'] as number | null;
      const denominator = r['vote_denominator'] as number | null;
      return {
        nominationId: r['id'] as string,
        kind: r['beneficiary_kind'] as ListRowInput['kind'],
        award: {
          id: r['award_id'] as string,
          code: r['award_code'] as string,
          name: r['award_name'] as string,
        },
        awardOrder: Number(r['sort_order']),
        name: r['name'] as string,
        birthYear: (r['birth_year'] as number | null) ?? null,
        sex: (r['sex'] as 'male' | 'female' | null) ?? null,
        position: (r['position'] as string | null) ?? null,
        unit: r['unit_id']
          ? {
              id: r['unit_id'] as string,
              code: r['unit_code'] as string,
              name: r['unit_name'] as string,
              shortName: r['unit_short'] as string | null,
            }
          : null,
        unitOrder: r['unit_order'] === null ? null : Number(r['unit_order']),
        summary: r['summary'] as string,
        votes,
        denominator,
        percent:
          votes !== null && denominator ? Math.round((votes * 10000) / denominator) / 100 : null,
        note: (r['note'] as string | null) ?? null,
        status: r['status'] as ListRowInput['status'],
        clearance: clearance.get(r['id'] as string) ?? { state: 'none', offices: [] },
      };
    });
  }

  private async itemStatuses(manager: EntityManager, listId: string) {
    return (await manager.query(
      `SELECT n.id, n.status, n.vote_passed FROM award_list_items i JOIN nominations n ON n.id = i.nomination_id WHERE i.list_id = $1 FOR UPDATE OF n`,
      [listId],
    )) as Array<{ id: string; status: string; vote_passed: boolean | null }>;
  }

  /**
   * Moves the nominations `ids` through `steps` in one statement: each step appends its event to
   * the timeline (the first from the nomination's own status), and the last gives the status; a
   * decision also stamps its number and date.
   */
  private async moveNominations(
    manager: EntityManager,
    ids: readonly string[],
    steps: ReadonlyArray<{ action: string; to: string; reason: string | null }>,
    actor: AuthUser,
    decision?: { number: string; date: string },
  ): Promise<void> {
    if (!ids.length) return;
    const at = new Date().toISOString();
    const events = steps.map((step, i) => ({
      at,
      actor: actor.username,
      action: step.action,
      from: i === 0 ? null : steps[i - 1].to,
      to: step.to,
      reason: step.reason,
    }));
    await manager.query(
      `UPDATE nominations
          SET timeline = timeline || jsonb_set($2::jsonb, '{0,from}', to_jsonb(status)),
              status = $3, version = version + $4, updated_at = now(),
              decision_number = CASE WHEN $5::text IS NULL THEN decision_number ELSE $5 END,
              decision_date = CASE WHEN $5::text IS NULL THEN decision_date ELSE $6::date END
        WHERE id = ANY($1::uuid[])`,
      [
        ids,
        JSON.stringify(events),
        steps[steps.length - 1].to,
        steps.length,
        decision?.number ?? null,
        decision?.date ?? null,
      ],
    );
  }

  private async checkNominations(
    manager: EntityManager,
    ids: string[],
    year: number,
    blocId: string | null,
    listId: string | null,
  ): Promise<void> {
    if (!ids.length) return;
    const [{ ok }] = (await manager.query(
      `SELECT count(*)::int AS ok FROM nominations n
        WHERE n.id = ANY($1::uuid[]) AND n.term_year = $2 AND ($3::uuid IS NULL OR n.bloc_id = $3)
          AND n.status = 'voted' AND n.vote_passed
          AND NOT EXISTS (SELECT 1 FROM award_list_items i WHERE i.nomination_id = n.id AND i.list_id IS DISTINCT FROM $4::uuid)`,
      [ids, year, blocId, listId],
    )) as Array<{ ok: number }>;
    if (ok !== ids.length)
      throw invalidFields('awardLists.badNominations', {
        nominationIds: ['awardLists.badNominations'],
      });
  }

  /** The list as its edit form sends it: the audit log's before-image. */
  private async auditImage(manager: EntityManager, list: AwardListEntity) {
    const items = (await manager.query(
      `SELECT nomination_id, note FROM award_list_items WHERE list_id = $1 ORDER BY nomination_id`,
      [list.id],
    )) as Array<{ nomination_id: string; note: string | null }>;
    return {
      title: list.title,
      year: list.termYear,
      blocId: list.blocId,
      order: list.sortOrder,
      nominationIds: items.map((i) => i.nomination_id),
      notes: Object.fromEntries(items.filter((i) => i.note).map((i) => [i.nomination_id, i.note])),
      coverLetter: list.coverLetter,
    };
  }

  private async saveItems(
    manager: EntityManager,
    listId: string,
    ids: string[],
    notes: Record<string, string>,
  ): Promise<void> {
    for (const id of ids) {
      await manager.query(
        `INSERT INTO award_list_items (list_id, nomination_id, note) VALUES ($1, $2, $3)`,
        [listId, id, notes[id]?.normalize('NFC') ?? null],
      );
    }
  }

  private async canManage(user: AuthUser, blocId: string | null, year: number): Promise<boolean> {
    if (user.role === 'admin') return true;
    return !!blocId && this.access.canManageBloc(user, blocId, year);
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<AwardListEntity> {
    const list = await manager.findOne(AwardListEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!list) throw notFound('awardLists.notFound');
    return list;
  }
}

/** The fields that were sent (DTO classes carry every declared field, unset ones as undefined). */
function defined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
