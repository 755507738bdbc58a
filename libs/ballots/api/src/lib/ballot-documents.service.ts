import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BallotResponse } from '@thidua/ballots/contracts';
import { blocIssuer, rebaseOnLaw } from '@thidua/registry/api';
import {
  AuditService,
  type AuthUser,
  type DownloadFile,
  RenderService,
  checkVersion,
  forbidden,
} from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { BallotCountingService } from './ballot-counting.service';
import { buildBallotPaper, buildMinutes } from './ballot-papers';
import { BallotsService } from './ballots.service';
import type { SaveMinutesNumberDto } from './dto/ballots.dto';
import { MeetingsService } from './meetings.service';

/** The vote-count minutes (biên bản kiểm phiếu), their number, and the ballot papers. */
@Injectable()
export class BallotDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly ballots: BallotsService,
    private readonly counting: BallotCountingService,
    private readonly meetings: MeetingsService,
    private readonly renderer: RenderService,
  ) {}

  async minutes(id: string, format: 'pdf' | 'docx', user: AuthUser): Promise<DownloadFile> {
    const ballot = await this.ballots.get(id, { user, code: null });
    const results = await this.counting.results(id, { user, code: null });
    const meeting = await this.meetings.get(ballot.meetingId, user);
    const manager = this.dataSource.manager;
    const doc = buildMinutes(meeting, ballot, results, {
      issuer: await blocIssuer(manager, meeting.bloc.id, meeting.year, 'minutes'),
      bases: await rebaseOnLaw(manager, [], 'minutes', meeting.meetingDate),
    });
    return {
      buffer: await this.renderer.render({ kind: format, doc }),
      contentType:
        format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: `Biên bản kiểm phiếu.${format}`,
    };
  }

  /**
   * Gives the minutes their number and symbol (or takes it back with null), at any stage of the
   * ballot: the bloc's managers only; the version read guards against a concurrent change.
   */
  async saveMinutesNumber(
    id: string,
    dto: SaveMinutesNumberDto,
    actor: AuthUser,
  ): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const ballot = await this.ballots.find(manager, id, true);
      const meeting = await this.meetings.find(manager, ballot.meetingId);
      if (!(await this.ballots.canManage(actor, meeting.blocId, meeting.termYear)))
        throw forbidden();
      checkVersion(dto.version, ballot.version);
      const before = { minutesNumber: ballot.minutesNumber };
      ballot.minutesNumber = dto.minutesNumber;
      await manager.save(ballot);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'ballot',
          entityId: id,
          before,
          after: { minutesNumber: dto.minutesNumber },
        },
        manager,
      );
      return this.ballots.get(id, { user: actor, code: null }, manager);
    });
  }

  /**
   * One ballot paper per delegate present, several to an A4 sheet with cut lines between them.
   * The papers are alike: a secret ballot's paper carries no number or anything else that tells
   * one paper from another; only the ballot's code, the same on every paper.
   */
  async papers(id: string, user: AuthUser): Promise<DownloadFile> {
    const ballot = await this.ballots.get(id, { user, code: null });
    const meeting = await this.meetings.get(ballot.meetingId, user);
    return {
      buffer: await this.renderer.render({
        kind: 'pdf',
        doc: buildBallotPaper(ballot, meeting.bloc.name, meeting.presentCount),
      }),
      contentType: 'application/pdf',
      fileName: 'Phiếu bầu.pdf',
    };
  }
}
