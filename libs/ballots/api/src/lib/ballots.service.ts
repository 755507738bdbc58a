import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BlocAccessService } from '@thidua/registry/api';
import type { BallotResponse, BallotSummaryResponse, VoteVia } from '@thidua/ballots/contracts';
import { ApiException, type AuthUser, forbidden, notFound } from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { BallotEventsService } from './ballot-events.service';
import { BallotEntity } from './entities/ballot.entity';
import { hashCode, MeetingsService } from './meetings.service';

/** Who is voting: a signed-in user, or a delegate with a one-time code. */
export interface VoterIdentity {
  user: AuthUser | null;
  code: string | null;
}

export interface CandidateRow {
  nomination_id: string;
  name: string;
  unit_id: string | null;
  code: string | null;
  unit_name: string | null;
  short_name: string | null;
  rank: number | null;
  status: string;
}

/**
 * Reading ballots: one ballot as its reader may see it (secretariat, delegate, code holder), the
 * ballots of a code's meeting, the candidates, who a voter is. Running, voting and counting are
 * BallotRunningService, BallotVotingService and BallotCountingService.
 */
@Injectable()
export class BallotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly events: BallotEventsService,
    private readonly access: BlocAccessService,
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
        maxWinners: b.maxWinners,
        candidateCount: b.candidateCount,
        votedCount: b.votedCount,
        voterCount: b.voterCount,
        minutesNumber: b.minutesNumber,
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
    const candidates = await this.candidates(manager, b.id);
    const turnout = await this.events.turnout(id, manager);
    const [voted] = (
      voter
        ? await manager.query(
            `SELECT via FROM ballot_participations WHERE ballot_id = $1 AND voter_id = $2`,
            [id, voter.id],
          )
        : []
    ) as Array<{ via: VoteVia }>;
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
      candidateCount: candidates.length,
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
      seal:
        b.mode === 'secret' && b.publicKey
          ? {
              publicKey: b.publicKey,
              committeeSize: b.committeeSize ?? 0,
              committeeThreshold: b.committeeThreshold ?? 0,
              fingerprint: b.boardSha256,
            }
          : null,
      isTallied: isTallied(b),
      votedVia: voted?.via ?? null,
      minutesNumber: b.minutesNumber,
      version: b.version,
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

  /**
   * The delegate present at the meeting: by code, by the user named, or by the user's unit. A
   * signed-in delegate who brings another seat's code is refused: one person, one seat.
   */
  async identify(
    manager: EntityManager,
    b: Pick<BallotEntity, 'meetingId'>,
    who: VoterIdentity,
    mustBePresent: boolean,
  ): Promise<{ id: string; via: VoteVia } | null> {
    const present = mustBePresent ? 'AND is_present' : '';
    const byAccount = who.user
      ? await this.seatOfUser(manager, b.meetingId, who.user, present)
      : null;
    if (who.code) {
      const [v] = (await manager.query(
        `SELECT id FROM meeting_voters WHERE meeting_id = $1 AND code_hash = $2 ${present}`,
        [b.meetingId, hashCode(who.code)],
      )) as Array<{ id: string }>;
      if (!v && !who.user) throw new ApiException(401, 'ballots.badCode');
      if (v && byAccount && byAccount.id !== v.id) throw forbidden('ballots.codeOfAnotherSeat');
      if (v) return { id: v.id, via: 'code' };
    }
    return byAccount;
  }

  private async seatOfUser(
    manager: EntityManager,
    meetingId: string,
    user: AuthUser,
    present: string,
  ): Promise<{ id: string; via: VoteVia } | null> {
    const [named] = (await manager.query(
      `SELECT id FROM meeting_voters WHERE meeting_id = $1 AND user_id = $2 ${present}`,
      [meetingId, user.id],
    )) as Array<{ id: string }>;
    if (named) return { id: named.id, via: 'account' };
    if ((user.role === 'unit' || user.role === 'secretariat') && user.unitId) {
      const [byUnit] = (await manager.query(
        `SELECT id FROM meeting_voters WHERE meeting_id = $1 AND unit_id = $2 AND user_id IS NULL ${present}`,
        [meetingId, user.unitId],
      )) as Array<{ id: string }>;
      return byUnit ? { id: byUnit.id, via: 'account' } : null;
    }
    return null;
  }

  async candidates(manager: EntityManager, ballotId: string): Promise<CandidateRow[]> {
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
      [ballotId],
    );
  }

  canManage(user: AuthUser, blocId: string, year: number): Promise<boolean> {
    return this.access.canManageBloc(user, blocId, year);
  }
}

/** Whether a closed ballot has its results: secret ballots once the committee's shares opened them. */
export function isTallied(b: Pick<BallotEntity, 'mode' | 'status' | 'talliedAt'>): boolean {
  if (b.status !== 'closed') return false;
  return b.mode !== 'secret' || b.talliedAt !== null;
}
