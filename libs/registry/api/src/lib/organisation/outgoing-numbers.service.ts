import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  KIND_ABBREVIATIONS,
  blocNumberSymbol,
  blocRegisterCode,
  type OutgoingNumberResponse,
  type TakeOutgoingNumberRequest,
} from '@thidua/registry/contracts';
import { signerInForce } from '@thidua/registry/domain';
import type { Page } from '@thidua/shared/contracts';
import {
  AuditService,
  type AuthUser,
  forbidden,
  invalidFields,
  pageOf,
} from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { BlocAccessService } from '../bloc-access.service';
import type { OutgoingNumbersQueryDto } from './dto/outgoing-numbers.dto';
import { BlocEntity } from '../entities/bloc.entity';
import { IssuingBodyEntity } from './entities/issuing-body.entity';
import { OutgoingNumberEntity } from './entities/outgoing-number.entity';
import { readOrganisationProfile } from './organisation-reader';

type Row = OutgoingNumberEntity & { bodyName?: string | null; takenByName?: string | null };

const toResponse = (r: Row): OutgoingNumberResponse => ({
  id: r.id,
  bodyCode: r.bodyCode,
  bodyName: r.bodyName ?? null,
  year: r.year,
  number: r.number,
  symbol: r.symbol,
  documentKind: r.documentKind,
  documentDate: r.documentDate,
  subject: r.subject,
  takenBy: r.takenByName ?? null,
  takenAt: r.createdAt.toISOString(),
});

/**
 * The register of outgoing documents (sổ văn bản đi): per issuing body and year, the next number
 * and symbol for a cover letter, decision or minutes. The counter row of the body and year is
 * incremented by one `INSERT … ON CONFLICT DO UPDATE … RETURNING` inside the transaction that
 * records the number, so concurrent requests queue on its row lock and never share a number; the
 * unique (body, year, number) constraint guards the rest.
 */
@Injectable()
export class OutgoingNumbersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly blocAccess: BlocAccessService,
  ) {}

  async list(query: OutgoingNumbersQueryDto): Promise<Page<OutgoingNumberResponse>> {
    const qb = this.dataSource
      .getRepository(OutgoingNumberEntity)
      .createQueryBuilder('o')
      .leftJoinAndMapOne('o.body', IssuingBodyEntity, 'b', 'b.code = o.body_code')
      .leftJoinAndMapOne('o.bloc', BlocEntity, 'k', "o.body_code = 'bloc:' || k.id::text")
      .orderBy('o.year', 'DESC')
      .addOrderBy('o.body_code', 'ASC')
      .addOrderBy('o.number', 'DESC');
    if (query.bodyCode) qb.andWhere('o.body_code = :bodyCode', { bodyCode: query.bodyCode });
    if (query.year) qb.andWhere('o.year = :year', { year: query.year });
    const page = await pageOf(qb, query, (r) => r);
    const users = await this.userNames(page.items.map((r) => r.takenBy));
    return {
      ...page,
      items: page.items.map((r) =>
        toResponse({
          ...r,
          bodyName:
            (r as { body?: IssuingBodyEntity; bloc?: BlocEntity }).body?.name ??
            (r as { bloc?: BlocEntity }).bloc?.name ??
            null,
          takenByName: r.takenBy ? (users.get(r.takenBy) ?? null) : null,
        }),
      ),
    };
  }

  async take(dto: TakeOutgoingNumberRequest, actor: AuthUser): Promise<OutgoingNumberResponse> {
    const body = dto.blocId ? await this.blocBody(dto, actor) : await this.bodyFor(dto);
    const year = Number(dto.documentDate.slice(0, 4));
    return this.dataSource.transaction(async (manager) => {
      const [{ last_number: number }] = (await manager.query(
        `INSERT INTO outgoing_number_counters (body_code, year, last_number) VALUES ($1, $2, 1)
         ON CONFLICT (body_code, year) DO UPDATE SET last_number = outgoing_number_counters.last_number + 1
         RETURNING last_number`,
        [body.code, year],
      )) as Array<{ last_number: number }>;
      const saved = await manager.save(
        manager.create(OutgoingNumberEntity, {
          bodyCode: body.code,
          year,
          number,
          symbol: `${number}/${KIND_ABBREVIATIONS[dto.documentKind]}-${body.numberSymbol}`,
          documentKind: dto.documentKind,
          documentDate: dto.documentDate,
          subject: dto.subject,
          takenBy: actor.id,
        }),
      );
      const { id: _id, createdAt: _at, ...after } = saved;
      await this.audit.record(
        { actor, action: 'create', entity: 'outgoingNumber', entityId: saved.id, after },
        manager,
      );
      return toResponse({ ...saved, bodyName: body.name, takenByName: actor.username });
    });
  }

  /**
   * A bloc's own register: its papers are issued under its name by its head unit, so the bloc
   * numbers them itself (KTĐ/CTĐ); only who manages the bloc in the document's year takes them.
   */
  private async blocBody(dto: TakeOutgoingNumberRequest, actor: AuthUser) {
    if (dto.bodyCode)
      throw invalidFields('common.validation', { bodyCode: ['outgoingNumbers.bodyOrBloc'] });
    const bloc = await this.dataSource
      .getRepository(BlocEntity)
      .findOneBy({ id: dto.blocId as string });
    if (!bloc) throw invalidFields('common.validation', { blocId: ['blocs.notFound'] });
    const year = Number(dto.documentDate.slice(0, 4));
    if (!(await this.blocAccess.canManageBloc(actor, bloc.id, year))) throw forbidden();
    return {
      code: blocRegisterCode(bloc.id),
      name: bloc.name,
      numberSymbol: blocNumberSymbol(bloc.kind),
    };
  }

  /** The body asked for, or the one whose signer of the kind is in force on the date. */
  private async bodyFor(dto: TakeOutgoingNumberRequest) {
    const profile = await readOrganisationProfile(this.dataSource.manager);
    const code =
      dto.bodyCode ??
      (profile && signerInForce(profile.signers, dto.documentKind, dto.documentDate))
        ?.issuingBodyCode;
    if (!code)
      throw invalidFields('common.validation', { bodyCode: ['outgoingNumbers.bodyRequired'] });
    const body = profile?.issuingBodies.find((b) => b.code === code);
    if (!body) throw invalidFields('common.validation', { bodyCode: ['organisation.bodyUnknown'] });
    if (!body.numberSymbol.trim())
      throw invalidFields('common.validation', { bodyCode: ['outgoingNumbers.symbolMissing'] });
    return body;
  }

  private async userNames(ids: Array<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT id, username FROM users WHERE id = ANY($1::uuid[])`,
      [wanted],
    )) as Array<{ id: string; username: string }>;
    return new Map(rows.map((r) => [r.id, r.username]));
  }
}
