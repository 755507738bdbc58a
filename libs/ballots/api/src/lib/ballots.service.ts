import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AwardCatalogueService } from '@thidua/awards/api';
import { BlocAccessService } from '@thidua/registry/api';
import { nextNominationStatus } from '@thidua/awards/domain';
import type {
  BallotResponse,
  BallotResultsResponse,
  BallotSummaryResponse,
  VoteReceiptResponse,
} from '@thidua/ballots/contracts';
import { checkPaperCounts, hasQuorum, tallyBallot } from '@thidua/ballots/domain';
import {
  ApiException,
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { BallotEventsService } from './ballot-events.service';
import { BallotVotesWriter, type VoteWritten, newReceipt } from './ballot-votes.writer';
import type {
  BallotActionDto,
  CastVoteDto,
  PaperCountsDto,
  SaveBallotDto,
} from './dto/ballots.dto';
import { BallotEntity } from './entities/ballot.entity';
import { hashCode, MeetingsService } from './meetings.service';

interface VotingRules {
  id: string;
  meetingId: string;
  method: BallotEntity['method'];
  mode: BallotEntity['mode'];
  maxWinners: number;
  candidateIds: string[];
}

/** Who is voting: a signed-in user, or a delegate with a one-time code. */
export interface VoterIdentity {
  user: AuthUser | null;
  code: string | null;
}

interface CandidateRow {
  nomination_id: string;
  name: string;
  unit_id: string | null;
  code: string | null;
  unit_name: string | null;
  short_name: string | null;
  rank: number | null;
  status: string;
}

/** Ballots: opening with a quorum, secret votes, counting, runoffs, results. */
@Injectable()
export class BallotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly catalogue: AwardCatalogueService,
    private readonly events: BallotEventsService,
    private readonly access: BlocAccessService,
    private readonly votes: BallotVotesWriter,
  ) {}

  async list(meetingId: string, user: AuthUser): Promise<BallotSummaryResponse[]> {
    return (await this.meetings.get(meetingId, user)).ballots;
  }

  /** The ballots of the meeting a one-time code belongs to (the delegate's voting page). */
  async listForCode(code: string): Promise<BallotSummaryResponse[]> {
    const [voter] = (await this.dataSource.query(
      `SELECT meeting_id FROM meeting_voters WHERE code_hash = $1`,
      [hashCode(code)],
    )) as Array<{ meeting_id: string }>;
    if (!voter) throw new ApiException(401, 'ballots.badCode');
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM ballots WHERE meeting_id = $1 AND status <> 'draft' ORDER BY created_at`,
      [voter.meeting_id],
    );
    const out: BallotSummaryResponse[] = [];
    for (const row of rows) {
      const b = await this.get(row.id, { user: null, code });
      out.push({
        id: b.id,
        title: b.title,
        award: b.award,
        method: b.method,
        mode: b.mode,
        status: b.status,
        round: b.round,
        votedCount: b.votedCount,
        voterCount: b.voterCount,
      });
    }
    return out;
  }

  async get(
    id: string,
    who: VoterIdentity,
    manager = this.dataSource.manager,
  ): Promise<BallotResponse> {
    const b = await this.find(manager, id);
    const meeting = await this.meetings.find(manager, b.meetingId);
    const voter = await this.identify(manager, b, who, false);
    if (!who.user && !voter) throw new ApiException(401, 'ballots.badCode');
    const [award] = (await manager.query(`SELECT id, code, name FROM award_types WHERE id = $1`, [
      b.awardTypeId,
    ])) as Array<{ id: string; code: string; name: string }>;
    const candidates = await this.candidates(manager, b);
    const turnout = await this.events.turnout(id, manager);
    const [voted] = voter
      ? await manager.query(
          `SELECT 1 FROM ballot_participations WHERE ballot_id = $1 AND voter_id = $2`,
          [id, voter.id],
        )
      : [];
    const canManage = who.user
      ? await this.canManage(who.user, meeting.blocId, meeting.termYear)
      : false;
    return {
      id: b.id,
      meetingId: b.meetingId,
      title: b.title,
      award,
      method: b.method,
      mode: b.mode,
      status: b.status,
      round: b.round,
      votedCount: turnout.votedCount,
      voterCount: turnout.voterCount,
      rule: {
        threshold: Number(b.threshold),
        denominator: b.denominator,
        comparator: b.comparator,
      },
      maxWinners: b.maxWinners,
      candidates: candidates.map((c) => ({
        nominationId: c.nomination_id,
        name: c.name,
        unit:
          c.unit_id && c.code && c.unit_name
            ? { id: c.unit_id, code: c.code, name: c.unit_name, shortName: c.short_name }
            : null,
        rank: c.rank,
        round: b.round,
      })),
      openedAt: b.openedAt?.toISOString() ?? null,
      closedAt: b.closedAt?.toISOString() ?? null,
      hasVoted: !!voted,
      canVote:
        !!voter && !voted && b.status === 'open' && (b.mode === 'secret' || b.mode === 'open'),
      canManage,
      paperCounts: b.paperCounts,
      parentBallotId: b.parentBallotId,
      version: b.version,
    };
  }

  async create(dto: SaveBallotDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.find(manager, dto.meetingId);
      if (!(await this.canManage(actor, meeting.blocId, meeting.termYear))) throw forbidden();
      const rule = dto.rule ?? (await this.defaultRule(manager, dto.awardTypeId, meeting.termYear));
      await this.checkCandidates(
        manager,
        dto.nominationIds,
        dto.awardTypeId,
        meeting.blocId,
        meeting.termYear,
      );
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
      return this.get(saved.id, { user: actor, code: null }, manager);
    });
  }

  async update(id: string, dto: SaveBallotDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      if (!(await this.canManage(actor, meeting.blocId, meeting.termYear))) throw forbidden();
      if (b.status !== 'draft') throw conflict('ballots.notDraft');
      checkVersion(dto.version, b.version);
      const rule = dto.rule ?? (await this.defaultRule(manager, dto.awardTypeId, meeting.termYear));
      await this.checkCandidates(
        manager,
        dto.nominationIds,
        dto.awardTypeId,
        meeting.blocId,
        meeting.termYear,
      );
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
        { actor, action: 'update', entity: 'ballot', entityId: id, after: { ...dto, rule } },
        manager,
      );
      return this.get(id, { user: actor, code: null }, manager);
    });
  }

  /** Opens the ballot when enough delegates are present; the voters are fixed from then on. */
  async open(id: string, dto: BallotActionDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      if (!(await this.canManage(actor, meeting.blocId, meeting.termYear))) throw forbidden();
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
          after: { status: 'open', eligible, present },
        },
        manager,
      );
      return this.get(id, { user: actor, code: null }, manager);
    });
  }

  /**
   * Closes the ballot and counts it. Candidates elected or not move their nominations to "voted"
   * with their votes; candidates tied at the K-th place wait for a runoff.
   */
  async close(id: string, dto: BallotActionDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      // FOR UPDATE waits for votes being written, so every answered vote is counted.
      const b = await this.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      if (!(await this.canManage(actor, meeting.blocId, meeting.termYear))) throw forbidden();
      checkVersion(dto.version, b.version);
      if (b.status !== 'open')
        throw conflict('ballots.invalidTransition', { action: 'close', status: b.status });
      if ((b.mode === 'paper' || b.mode === 'hands') && !b.paperCounts)
        throw conflict('ballots.paperCountsMissing');
      Object.assign(b, { status: 'closed', closedAt: new Date() });
      await manager.save(b);
      const results = await this.count(manager, b);
      for (const row of results.rows) {
        if (results.tiedForLast.includes(row.nominationId)) continue;
        const [n] = (await manager.query(
          `SELECT status, version, timeline FROM nominations WHERE id = $1 FOR UPDATE`,
          [row.nominationId],
        )) as Array<{ status: 'accepted'; timeline: unknown[] }>;
        if (!n || !nextNominationStatus(n.status, 'recordVote')) continue;
        const event = {
          at: new Date().toISOString(),
          actor: actor.username,
          action: 'recordVote',
          from: n.status,
          to: 'voted',
          reason: `${b.title}: ${row.votes}/${row.denominator}`,
        };
        await manager.query(
          `UPDATE nominations SET status = 'voted', votes = $2, vote_denominator = $3, vote_passed = $4,
                  timeline = timeline || $5::jsonb, version = version + 1, updated_at = now() WHERE id = $1`,
          [row.nominationId, row.votes, row.denominator, row.elected, JSON.stringify([event])],
        );
      }
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
            results: results.rows.map((r) => ({
              id: r.nominationId,
              votes: r.votes,
              elected: r.elected,
            })),
          },
        },
        manager,
      );
      return this.get(id, { user: actor, code: null }, manager);
    });
  }

  /**
   * Records a vote: who voted (participation) and what (the secret vote, with a receipt) go to two
   * tables with nothing linking them, in one statement (one transaction), shared with the votes that
   * arrive at the same moment (BallotVotesWriter). A second vote meets the participation's primary
   * key and is refused; a ballot that is not open writes nothing.
   */
  async vote(id: string, dto: CastVoteDto, who: VoterIdentity): Promise<VoteReceiptResponse> {
    const ballot = await this.votingRules(id);
    if (ballot.mode === 'paper' || ballot.mode === 'hands') throw conflict('ballots.notElectronic');
    const choices = this.validChoices(ballot, ballot.candidateIds, dto);
    // A delegate with a code (no session) is found in the writing statement itself: one round trip.
    const byCode = who.code !== null && !who.user;
    const voterId = byCode ? null : await this.voterId(ballot, who);
    const receipt = newReceipt();
    let written: VoteWritten;
    try {
      written = await this.votes.write({
        ballotId: id,
        meetingId: ballot.meetingId,
        voterId,
        codeHash: byCode ? hashCode(who.code as string) : null,
        receipt,
        choices,
        isNamed: ballot.mode === 'open',
      });
    } catch (error) {
      const code =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string }).code
          : undefined;
      if (code === '23505') throw conflict('ballots.alreadyVoted');
      throw error;
    }
    if (!written.isVoterFound) throw new ApiException(401, 'ballots.badCode');
    if (written.status !== 'open') throw conflict('ballots.notOpen');
    if (!written.isWritten) throw conflict('ballots.alreadyVoted');
    this.events.publishSoon(id);
    return { receipt, ballotId: id, castAt: new Date().toISOString().slice(0, 10) };
  }

  /**
   * What a vote is checked against. A ballot's method, K and candidates never change once it is
   * open, so they are kept per API instance; whether it is still open is checked by the database
   * in the writing statement.
   */
  private readonly rulesCache = new Map<string, Promise<VotingRules>>();

  /** Concurrent first votes share one read of the rules; a failed read is not kept. */
  private votingRules(id: string): Promise<VotingRules> {
    const cached = this.rulesCache.get(id);
    if (cached) return cached;
    if (this.rulesCache.size > 1000) this.rulesCache.clear();
    const rules = this.readVotingRules(id);
    this.rulesCache.set(id, rules);
    rules.catch(() => this.rulesCache.delete(id));
    return rules;
  }

  private async readVotingRules(id: string): Promise<VotingRules> {
    const b = await this.find(this.dataSource.manager, id);
    if (b.status !== 'open') throw conflict('ballots.notOpen');
    const candidateIds = (
      (await this.dataSource.query(
        `SELECT nomination_id FROM ballot_candidates WHERE ballot_id = $1`,
        [id],
      )) as Array<{ nomination_id: string }>
    ).map((c) => c.nomination_id);
    return {
      id,
      meetingId: b.meetingId,
      method: b.method,
      mode: b.mode,
      maxWinners: b.maxWinners,
      candidateIds,
    };
  }

  private async voterId(ballot: VotingRules, who: VoterIdentity): Promise<string> {
    const voter = await this.identify(
      this.dataSource.manager,
      { meetingId: ballot.meetingId },
      who,
      true,
    );
    if (!voter) throw forbidden('ballots.notVoter');
    return voter.id;
  }

  async savePaperCounts(id: string, dto: PaperCountsDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      if (!(await this.canManage(actor, meeting.blocId, meeting.termYear))) throw forbidden();
      checkVersion(dto.version, b.version);
      if (b.mode !== 'paper' && b.mode !== 'hands') throw conflict('ballots.notPaper');
      if (b.status !== 'open') throw conflict('ballots.notOpen');
      const candidateIds = (
        (await manager.query(`SELECT nomination_id FROM ballot_candidates WHERE ballot_id = $1`, [
          id,
        ])) as Array<{ nomination_id: string }>
      ).map((c) => c.nomination_id);
      const votes = Object.fromEntries(Object.entries(dto.votes ?? {}));
      const malformed = Object.entries(votes).some(
        ([, v]) => !Number.isInteger(v) || (v as number) < 0 || (v as number) > 100000,
      );
      if (malformed) throw invalidFields('ballots.paperCounts', { votes: ['common.validation'] });
      const problems = checkPaperCounts(
        { ...dto, votes },
        candidateIds,
        b.method === 'chooseK' ? b.maxWinners : null,
        b.presentCount ?? 0,
      );
      if (problems.length) {
        const fields: Record<string, string[]> = {};
        for (const p of problems) {
          const field =
            p.code === 'returnedAboveIssued' || p.code === 'issuedAboveVoters'
              ? 'returned'
              : p.code === 'returnedNotValidPlusInvalid'
                ? 'valid'
                : 'candidateId' in p
                  ? `votes.${p.candidateId}`
                  : 'votes';
          const code =
            p.code === 'tooManyChoices' ? 'ballots.tooManyChoicesCounted' : `ballots.${p.code}`;
          fields[field] = [...(fields[field] ?? []), code];
        }
        throw invalidFields('ballots.paperCounts', fields);
      }
      b.paperCounts = {
        issued: dto.issued,
        returned: dto.returned,
        valid: dto.valid,
        invalid: dto.invalid,
        votes,
      };
      await manager.save(b);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'ballotCounts',
          entityId: id,
          after: { ...b.paperCounts },
        },
        manager,
      );
      return this.get(id, { user: actor, code: null }, manager);
    });
  }

  async results(id: string, who: VoterIdentity): Promise<BallotResultsResponse> {
    const manager = this.dataSource.manager;
    const b = await this.find(manager, id);
    if (!who.user) await this.get(id, who);
    if (b.status !== 'closed') throw conflict('ballots.notClosed');
    return this.count(manager, b);
  }

  /** The published receipts: codes only, sorted, never who or what. */
  async receipts(id: string): Promise<string[]> {
    await this.find(this.dataSource.manager, id);
    const rows: Array<{ receipt: string }> = await this.dataSource.query(
      `SELECT receipt FROM ballot_votes WHERE ballot_id = $1 ORDER BY receipt`,
      [id],
    );
    return rows.map((r) => r.receipt);
  }

  /** A new round among the candidates tied at the K-th place, same meeting and voters. */
  async runoff(id: string, dto: BallotActionDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.find(manager, id, true);
      const meeting = await this.meetings.find(manager, b.meetingId);
      if (!(await this.canManage(actor, meeting.blocId, meeting.termYear))) throw forbidden();
      checkVersion(dto.version, b.version);
      if (b.status !== 'closed') throw conflict('ballots.notClosed');
      const [existing] = (await manager.query(
        `SELECT id FROM ballots WHERE parent_ballot_id = $1`,
        [id],
      )) as Array<{ id: string }>;
      if (existing) return this.get(existing.id, { user: actor, code: null }, manager);
      const results = await this.count(manager, b);
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
      return this.get(saved.id, { user: actor, code: null }, manager);
    });
  }

  /** Counts the votes (or the entered paper counts) against the ballot's rule. */
  async count(manager: EntityManager, b: BallotEntity): Promise<BallotResultsResponse> {
    const candidates = await this.candidates(manager, b);
    const votes: Array<{ choices: string[] | Record<string, string> }> = await manager.query(
      `SELECT choices FROM ballot_votes WHERE ballot_id = $1`,
      [b.id],
    );
    const isPaper = b.mode === 'paper' || b.mode === 'hands';
    const tallyOf = (id: string) =>
      isPaper
        ? (b.paperCounts?.votes[id] ?? 0)
        : votes.filter((v) =>
            Array.isArray(v.choices) ? v.choices.includes(id) : v.choices[id] === 'agree',
          ).length;
    const eligible = b.eligibleCount ?? 0;
    const present = b.presentCount ?? 0;
    const valid = isPaper ? (b.paperCounts?.valid ?? 0) : votes.length;
    const rule = {
      threshold: Number(b.threshold),
      denominator: b.denominator,
      comparator: b.comparator,
    };
    const tally = tallyBallot({
      rule,
      maxWinners: b.maxWinners,
      eligible,
      present,
      valid,
      candidates: candidates.map((c) => ({ id: c.nomination_id, votes: tallyOf(c.nomination_id) })),
    });
    const [runoff] = (await manager.query(`SELECT id FROM ballots WHERE parent_ballot_id = $1`, [
      b.id,
    ])) as Array<{ id: string }>;
    return {
      ballotId: b.id,
      status: b.status,
      rule,
      maxWinners: b.maxWinners,
      eligible,
      present,
      cast: isPaper ? (b.paperCounts?.returned ?? 0) : votes.length,
      valid,
      rows: tally.rows
        .map((r) => ({
          nominationId: r.id,
          name: candidates.find((c) => c.nomination_id === r.id)?.name ?? '',
          votes: r.votes,
          percent: r.percent,
          denominator: r.denominator,
          denominatorKind: b.denominator,
          passed: r.passed,
          elected: r.elected,
          rank: r.rank,
        }))
        .sort((x, y) => x.rank - y.rank || x.name.localeCompare(y.name, 'vi')),
      tiedForLast: tally.tiedForLast,
      runoffBallotId: runoff?.id ?? null,
    };
  }

  async find(manager: EntityManager, id: string, lock = false): Promise<BallotEntity> {
    const b = await manager.findOne(BallotEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!b) throw notFound('ballots.notFound');
    return b;
  }

  /** The delegate present at the meeting: by code, by the user named, or by the user's unit. */
  private async identify(
    manager: EntityManager,
    b: Pick<BallotEntity, 'meetingId'>,
    who: VoterIdentity,
    mustBePresent: boolean,
  ): Promise<{ id: string } | null> {
    const present = mustBePresent ? 'AND is_present' : '';
    if (who.code) {
      const [v] = (await manager.query(
        `SELECT id FROM meeting_voters WHERE meeting_id = $1 AND code_hash = $2 ${present}`,
        [b.meetingId, hashCode(who.code)],
      )) as Array<{ id: string }>;
      if (!v && !who.user) throw new ApiException(401, 'ballots.badCode');
      if (v) return v;
    }
    const user = who.user;
    if (!user) return null;
    const [named] = (await manager.query(
      `SELECT id FROM meeting_voters WHERE meeting_id = $1 AND user_id = $2 ${present}`,
      [b.meetingId, user.id],
    )) as Array<{ id: string }>;
    if (named) return named;
    if ((user.role === 'unit' || user.role === 'secretariat') && user.unitId) {
      const [byUnit] = (await manager.query(
        `SELECT id FROM meeting_voters WHERE meeting_id = $1 AND unit_id = $2 AND user_id IS NULL ${present}`,
        [b.meetingId, user.unitId],
      )) as Array<{ id: string }>;
      return byUnit ?? null;
    }
    return null;
  }

  private validChoices(
    b: Pick<BallotEntity, 'method' | 'maxWinners'>,
    candidateIds: string[],
    dto: CastVoteDto,
  ): string[] | Record<string, string> {
    if (b.method === 'chooseK') {
      if (!dto.choices || dto.approvals)
        throw invalidFields('ballots.wrongMethod', { choices: ['ballots.wrongMethod'] });
      if (dto.choices.some((c) => !candidateIds.includes(c)))
        throw invalidFields('ballots.invalidChoice', { choices: ['ballots.invalidChoice'] });
      if (dto.choices.length > b.maxWinners)
        throw invalidFields(
          'ballots.tooManyChoices',
          { choices: ['ballots.tooManyChoices'] },
          { max: b.maxWinners },
        );
      return [...dto.choices].sort();
    }
    if (!dto.approvals || dto.choices)
      throw invalidFields('ballots.wrongMethod', { approvals: ['ballots.wrongMethod'] });
    const keys = Object.keys(dto.approvals);
    if (keys.some((k) => !candidateIds.includes(k)))
      throw invalidFields('ballots.invalidChoice', { approvals: ['ballots.invalidChoice'] });
    return Object.fromEntries(candidateIds.map((id) => [id, dto.approvals?.[id] ?? 'abstain']));
  }

  private async candidates(manager: EntityManager, b: BallotEntity): Promise<CandidateRow[]> {
    return manager.query(
      `SELECT c.nomination_id, coalesce(bu.name, p.full_name, hh.head_name) AS name, n.status,
              u.id AS unit_id, u.code, u.name AS unit_name, u.short_name,
              sr.rank
         FROM ballot_candidates c
         JOIN nominations n ON n.id = c.nomination_id
         LEFT JOIN score_rankings sr
                ON sr.bloc_id = n.bloc_id AND sr.term_year = n.term_year AND sr.unit_id = n.unit_id
         LEFT JOIN units bu ON bu.id = n.unit_id
         LEFT JOIN people p ON p.id = n.person_id
         LEFT JOIN households hh ON hh.id = n.household_id
         LEFT JOIN units u ON u.id = coalesce(n.unit_id, p.unit_id, hh.unit_id)
        WHERE c.ballot_id = $1 ORDER BY c.position`,
      [b.id],
    );
  }

  private async checkCandidates(
    manager: EntityManager,
    ids: string[],
    awardTypeId: string,
    blocId: string,
    year: number,
  ): Promise<void> {
    const [{ n }] = (await manager.query(
      `SELECT count(*)::int AS n FROM nominations WHERE id = ANY($1::uuid[]) AND award_type_id = $2 AND bloc_id = $3
          AND term_year = $4 AND status = 'accepted'`,
      [ids, awardTypeId, blocId, year],
    )) as Array<{ n: number }>;
    if (n !== ids.length)
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

  private canManage(user: AuthUser, blocId: string, year: number): Promise<boolean> {
    return this.access.canManageBloc(user, blocId, year);
  }
}
