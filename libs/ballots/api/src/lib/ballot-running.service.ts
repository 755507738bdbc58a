import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AwardCatalogueService } from '@thidua/awards/api';
import type { BallotResponse } from '@thidua/ballots/contracts';
import { hasQuorum } from '@thidua/ballots/domain';
import {
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { BallotCountingService } from './ballot-counting.service';
import { BallotEventsService } from './ballot-events.service';
import { BallotSealService } from './ballot-seal.service';
import { BallotsService } from './ballots.service';
import type { BallotActionDto, SaveBallotDto } from './dto/ballots.dto';
import { BallotEntity } from './entities/ballot.entity';
import { committeeThresholdOf, MeetingsService } from './meetings.service';

/** Running a ballot: drafting it, opening it (with its sealed box), closing it, runoffs. */
@Injectable()
export class BallotRunningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly catalogue: AwardCatalogueService,
    private readonly events: BallotEventsService,
    private readonly ballots: BallotsService,
    private readonly counting: BallotCountingService,
    private readonly seal: BallotSealService,
  ) {}

  async create(dto: SaveBallotDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.find(manager, dto.meetingId);
      await this.mustManage(actor, meeting);
      const rule = dto.rule ?? (await this.defaultRule(manager, dto.awardTypeId, meeting.termYear));
      await this.checkCandidates(manager, dto, meeting);
      const saved = await manager.save(
        manager.create(BallotEntity, {
          meetingId: dto.meetingId,
          title: dto.title,
          awardTypeId: dto.awardTypeId,
          method: dto.method,
          mode: dto.mode,
          threshold: String(rule.threshold),
          denominator: rule.denominator,
          comparator: rule.comparator,
          maxWinners: dto.maxWinners,
          status: 'draft',
        }),
      );
      await this.saveCandidates(manager, saved.id, dto.nominationIds);
      await this.audit.record(
        { actor, action: 'create', entity: 'ballot', entityId: saved.id, after: { ...dto, rule } },
        manager,
      );
      return this.ballots.get(saved.id, { user: actor, code: null }, manager);
    });
  }

  async update(id: string, dto: SaveBallotDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.ballots.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      await this.mustManage(actor, meeting);
      if (b.status !== 'draft') throw conflict('ballots.notDraft');
      checkVersion(dto.version, b.version);
      const rule = dto.rule ?? (await this.defaultRule(manager, dto.awardTypeId, meeting.termYear));
      await this.checkCandidates(manager, dto, meeting);
      const before = {
        meetingId: b.meetingId,
        title: b.title,
        awardTypeId: b.awardTypeId,
        nominationIds: (await this.ballots.candidates(manager, id)).map((c) => c.nomination_id),
        method: b.method,
        mode: b.mode,
        rule: {
          threshold: Number(b.threshold),
          denominator: b.denominator,
          comparator: b.comparator,
        },
        maxWinners: b.maxWinners,
      };
      Object.assign(b, {
        title: dto.title,
        awardTypeId: dto.awardTypeId,
        method: dto.method,
        mode: dto.mode,
        threshold: String(rule.threshold),
        denominator: rule.denominator,
        comparator: rule.comparator,
        maxWinners: dto.maxWinners,
      });
      await manager.save(b);
      await manager.query(`DELETE FROM ballot_candidates WHERE ballot_id = $1`, [id]);
      await this.saveCandidates(manager, id, dto.nominationIds);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'ballot',
          entityId: id,
          before,
          after: { ...dto, rule },
        },
        manager,
      );
      return this.ballots.get(id, { user: actor, code: null }, manager);
    });
  }

  /**
   * Opens the ballot when enough delegates are present; the voters are fixed from then on. A secret
   * ballot gets its sealed box: a key pair whose secret key is split among the counting committee
   * (k of n) and never stored. The answer carries the shares, once, to print.
   */
  async open(id: string, dto: BallotActionDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.ballots.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      await this.mustManage(actor, meeting);
      checkVersion(dto.version, b.version);
      if (b.status !== 'draft')
        throw conflict('ballots.invalidTransition', { action: 'open', status: b.status });
      const [{ eligible, present }] = (await manager.query(
        `SELECT count(*)::int AS eligible, count(*) FILTER (WHERE is_present)::int AS present FROM meeting_voters WHERE meeting_id = $1`,
        [b.meetingId],
      )) as Array<{ eligible: number; present: number }>;
      const quorum = Number(meeting.quorumPercent);
      if (!hasQuorum(present, eligible, quorum))
        throw conflict('ballots.noQuorum', {
          present,
          eligible,
          quorum: String(quorum).replace('.', ','),
        });
      let shares: BallotResponse['committeeShares'];
      if (b.mode === 'secret') {
        const committee = meeting.countingCommittee;
        if (!committee.length) throw conflict('ballots.noCommittee');
        const threshold = committeeThresholdOf(meeting);
        const key = await this.seal.newKey(b.id, committee, threshold);
        Object.assign(b, {
          publicKey: key.publicKey,
          committeeSize: committee.length,
          committeeThreshold: threshold,
          shareDigests: key.digests,
        });
        shares = key.shares;
      }
      Object.assign(b, {
        status: 'open',
        openedAt: new Date(),
        eligibleCount: eligible,
        presentCount: present,
      });
      await manager.save(b);
      await this.events.publish(manager, id);
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'ballot',
          entityId: id,
          before: { status: 'draft' },
          after: {
            status: 'open',
            eligible,
            present,
            ...(b.publicKey
              ? { publicKey: b.publicKey, committee: `${b.committeeThreshold}/${b.committeeSize}` }
              : {}),
          },
        },
        manager,
      );
      const answer = await this.ballots.get(id, { user: actor, code: null }, manager);
      return shares ? { ...answer, committeeShares: shares } : answer;
    });
  }

  /**
   * Closes the ballot. An open, paper or show-of-hands ballot is counted at once and its
   * nominations move to "voted"; a secret ballot waits for the committee's shares (tally).
   */
  async close(id: string, dto: BallotActionDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      // FOR UPDATE waits for votes being written, so every answered vote is counted.
      const b = await this.ballots.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      await this.mustManage(actor, meeting);
      checkVersion(dto.version, b.version);
      if (b.status !== 'open')
        throw conflict('ballots.invalidTransition', { action: 'close', status: b.status });
      if ((b.mode === 'paper' || b.mode === 'hands') && !b.paperCounts)
        throw conflict('ballots.paperCountsMissing');
      Object.assign(b, { status: 'closed', closedAt: new Date() });
      // A secret ballot opened before the sealed box kept its counts in clear: counted now.
      if (b.mode === 'secret' && !b.publicKey) b.talliedAt = new Date();
      await manager.save(b);
      const isCounted = b.mode !== 'secret' || b.talliedAt !== null;
      const results = isCounted ? await this.counting.recordOutcome(manager, b, actor) : null;
      await this.events.publish(manager, id);
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'ballot',
          entityId: id,
          before: { status: 'open' },
          after: {
            status: 'closed',
            ...(results
              ? {
                  results: results.rows.map((r) => ({
                    id: r.nominationId,
                    votes: r.votes,
                    elected: r.elected,
                  })),
                }
              : { awaiting: 'committeeShares' }),
          },
        },
        manager,
      );
      return this.ballots.get(id, { user: actor, code: null }, manager);
    });
  }

  /** A new round among the candidates tied at the K-th place, same meeting and voters. */
  async runoff(id: string, dto: BallotActionDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.ballots.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      await this.mustManage(actor, meeting);
      checkVersion(dto.version, b.version);
      if (b.status !== 'closed') throw conflict('ballots.notClosed');
      const [existing] = (await manager.query(
        `SELECT id FROM ballots WHERE parent_ballot_id = $1`,
        [id],
      )) as Array<{ id: string }>;
      if (existing) return this.ballots.get(existing.id, { user: actor, code: null }, manager);
      const results = await this.counting.count(manager, b);
      if (!results.tiedForLast.length) throw conflict('ballots.noTie');
      const seats = b.maxWinners - results.rows.filter((r) => r.elected).length;
      // The ballot now has its runoff: its version moves on.
      await manager.increment(BallotEntity, { id }, 'version', 1);
      const saved = await manager.save(
        manager.create(BallotEntity, {
          meetingId: b.meetingId,
          title: `${b.title} (bầu lại vòng ${b.round + 1})`,
          awardTypeId: b.awardTypeId,
          method: b.method,
          mode: b.mode,
          threshold: b.threshold,
          denominator: b.denominator,
          comparator: b.comparator,
          maxWinners: seats,
          round: b.round + 1,
          parentBallotId: b.id,
          status: 'draft',
        }),
      );
      await this.saveCandidates(manager, saved.id, results.tiedForLast);
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'ballot',
          entityId: saved.id,
          after: { runoffOf: id, candidates: results.tiedForLast, seats },
        },
        manager,
      );
      return this.ballots.get(saved.id, { user: actor, code: null }, manager);
    });
  }

  private async mustManage(
    actor: AuthUser,
    meeting: { blocId: string; termYear: number },
  ): Promise<void> {
    if (!(await this.ballots.canManage(actor, meeting.blocId, meeting.termYear))) throw forbidden();
  }

  private async checkCandidates(
    manager: EntityManager,
    dto: SaveBallotDto,
    meeting: { blocId: string; termYear: number },
  ): Promise<void> {
    const [{ n }] = (await manager.query(
      `SELECT count(*)::int AS n FROM nominations WHERE id = ANY($1::uuid[]) AND award_type_id = $2 AND bloc_id = $3
          AND term_year = $4 AND status = 'accepted'`,
      [dto.nominationIds, dto.awardTypeId, meeting.blocId, meeting.termYear],
    )) as Array<{ n: number }>;
    if (n !== dto.nominationIds.length)
      throw invalidFields('ballots.candidateNotAccepted', {
        nominationIds: ['ballots.candidateNotAccepted'],
      });
  }

  private async saveCandidates(
    manager: EntityManager,
    ballotId: string,
    ids: string[],
  ): Promise<void> {
    for (const [position, nominationId] of ids.entries()) {
      await manager.query(
        `INSERT INTO ballot_candidates (ballot_id, nomination_id, position) VALUES ($1, $2, $3)`,
        [ballotId, nominationId, position + 1],
      );
    }
  }

  private async defaultRule(manager: EntityManager, awardTypeId: string, year: number) {
    const version = await this.catalogue.ruleInForce(manager, awardTypeId, year);
    if (!version) throw invalidFields('awards.notFound', { awardTypeId: ['awards.notFound'] });
    return {
      threshold: Number(version.ballotThreshold),
      denominator: version.ballotDenominator,
      comparator: version.ballotComparator,
    };
  }
}
