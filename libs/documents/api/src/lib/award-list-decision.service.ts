import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AwardListResponse } from '@thidua/documents/contracts';
import { legalBases, organisationIssuer } from '@thidua/registry/api';
import { authorityHeading, authorityInText } from '@thidua/registry/domain';
import { AuditService, type AuthUser, type DownloadFile, conflict } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { AwardListsService } from './award-lists.service';
import { type DecisionInput, buildDecision, decidedRows } from './decision-document';
import { RenderService } from '@thidua/shared/api-core';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The decision (Quyết định khen thưởng) of a list sent to the province, with its attached list:
 * headed and signed by the profile's decision signer in force on its date. A recorded decision
 * prints its number, date and signer; before that the number is left blank ("…/QĐ-UBND") and the
 * date is today's, for the draft the leader signs.
 */
@Injectable()
export class AwardListDecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: AwardListsService,
    private readonly renderer: RenderService,
    private readonly audit: AuditService,
  ) {}

  async decision(id: string, format: 'pdf' | 'docx', user: AuthUser): Promise<DownloadFile> {
    const list = await this.lists.get(id, user);
    const { doc, number, date } = await this.document(list);
    const buffer = await this.renderer.render({ kind: format, doc });
    await this.audit.record({
      actor: user,
      action: 'export',
      entity: 'awardList',
      entityId: id,
      after: { paper: 'decision', format, number, date },
    });
    return {
      buffer,
      contentType: CONTENT_TYPES[format],
      fileName: `Quyết định khen thưởng năm ${list.year}.${format}`,
    };
  }

  /** The page the signer's block ends on (the attached list follows it), for the signed stamp. */
  async signerPage(id: string, user: AuthUser): Promise<number> {
    const { doc } = await this.document(await this.lists.get(id, user), false);
    const pdf = await this.renderer.render({ kind: 'pdf', doc });
    return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 1;
  }

  private async document(list: AwardListResponse, withAnnex = true) {
    if (list.status === 'draft') throw conflict('awardLists.notSent');
    if (!decidedRows(list).length) throw conflict('awardLists.empty');
    const manager = this.dataSource.manager;
    const date = list.decision?.date ?? today();
    const issuer = await organisationIssuer(manager, 'decision', date);
    const who = issuer.signer && issuer.body ? issuer.signer : null;
    const number = list.decision?.number ?? `…/QĐ-${issuer.numberSymbol ?? '…'}`;
    const input: DecisionInput = {
      ...(issuer.parentAgency ? { parentAgency: issuer.parentAgency } : {}),
      issuingAgency: issuer.issuingAgency,
      number,
      place: issuer.place,
      date,
      authority: who ? authorityHeading(who, issuer.name) : issuer.name.toLocaleUpperCase('vi-VN'),
      decider: who ? authorityInText(who, issuer.name) : issuer.name,
      bases: await legalBases(manager, 'decision', date),
      proposer: await this.proposer(list),
      bodyName: issuer.name,
      recipients: issuer.recipients,
      signature: { ...issuer.signature, name: list.decision?.signer || issuer.signature.name },
    };
    return { doc: buildDecision(list, input, withAnnex), number, date };
  }

  /** Who proposed: the bloc's head for a bloc's list, else the cover letter's signing authority. */
  private async proposer(list: AwardListResponse): Promise<string> {
    if (list.bloc) return `Trưởng ${list.bloc.name}`;
    const letter = await organisationIssuer(
      this.dataSource.manager,
      'coverLetter',
      list.coverLetter.date,
    );
    return letter.signer ? authorityInText(letter.signer, letter.name) : letter.name;
  }
}
