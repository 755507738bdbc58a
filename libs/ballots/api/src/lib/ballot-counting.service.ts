import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { nextNominationStatus } from '@thidua/awards/domain';
import type { BallotResponse, BallotResultsResponse } from '@thidua/ballots/contracts';
import {
  type EncryptedBallot,
  WrongSharesError,
  checkPaperCounts,
  decodeShare,
  sealParams,
  shareDigest,
  tallyBallot,
} from '@thidua/ballots/domain';
import {
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  forbidden,
  invalidFields,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import { boardOf } from './ballot-board';
import { BallotEventsService } from './ballot-events.service';
import { BallotSealService } from './ballot-seal.service';
import { BallotsService, type VoterIdentity, isTallied } from './ballots.service';
import type { PaperCountsDto, TallyDto } from './dto/ballots.dto';
import { BallotEntity } from './entities/ballot.entity';
import { MeetingsService } from './meetings.service';

/**
 * Counting a ballot: paper and show-of-hands counts, the sealed box opened with the committee's
 * shares (only the per-candidate totals are decrypted), the results against the rule, the
 * nominations' outcome, and the public record (bulletin board, receipts) after the count.
 */
@Injectable()
export class BallotCountingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly events: BallotEventsService,
    private readonly ballots: BallotsService,
    private readonly seal: BallotSealService,
  ) {}

  /**
   * The paper ballots (or hands) counted by the committee. A secret electronic ballot may have
   * paper ballots too, for delegates who did not vote on a phone: their counts add to the
   * electronic totals, and no more paper ballots may be issued than delegates who did not vote.
   */
  async savePaperCounts(id: string, dto: PaperCountsDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.ballots.find(manager, id, true);
      await this.mustManage(manager, actor, b);
      checkVersion(dto.version, b.version);
      if (b.mode === 'open') throw conflict('ballots.notPaper');
      const isSealed = b.mode === 'secret';
      if (isSealed ? b.status === 'draft' || isTallied(b) : b.status !== 'open')
        throw conflict('ballots.notOpen');
      const candidateIds = (await this.ballots.candidates(manager, id)).map((c) => c.nomination_id);
      const votes = Object.fromEntries(Object.entries(dto.votes ?? {}));
      const malformed = Object.entries(votes).some(
        ([, v]) => !Number.isInteger(v) || (v as number) < 0 || (v as number) > 100000,
      );
      if (malformed) throw invalidFields('ballots.paperCounts', { votes: ['common.validation'] });
      const [{ voted }] = (await manager.query(
        `SELECT count(*)::int AS voted FROM ballot_participations WHERE ballot_id = $1`,
        [id],
      )) as Array<{ voted: number }>;
      const problems = checkPaperCounts(
        { ...dto, votes },
        candidateIds,
        b.method === 'chooseK' ? b.maxWinners : null,
        (b.presentCount ?? 0) - (isSealed ? voted : 0),
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
      const before = b.paperCounts;
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
          action: before ? 'update' : 'create',
          entity: 'ballotCounts',
          entityId: id,
          before: before ? { ...before } : null,
          after: { ...b.paperCounts },
        },
        manager,
      );
      return this.ballots.get(id, { user: actor, code: null }, manager);
    });
  }

  /**
   * Opens the sealed box of a closed secret ballot with k of the committee's n shares: each share
   * is recognised by its digest (a mistyped one or one of another ballot is named field by field),
   * the key is put together, only the per-candidate totals are decrypted (with proofs), the key is
   * dropped, and the board and its fingerprint are kept. Nothing is written when the shares fail:
   * the ballot stays closed and uncounted, and the right shares can still be entered.
   */
  async tally(id: string, dto: TallyDto, actor: AuthUser): Promise<BallotResponse> {
    return this.dataSource.transaction(async (manager) => {
      const b = await this.ballots.find(manager, id, true);
      const meeting = await this.mustManage(manager, actor, b);
      checkVersion(dto.version, b.version);
      if (b.mode !== 'secret' || !b.publicKey) throw conflict('ballots.notSecret');
      if (b.status !== 'closed')
        throw conflict('ballots.invalidTransition', { action: 'tally', status: b.status });
      if (b.talliedAt) throw conflict('ballots.alreadyTallied');
      const shares = this.recogniseShares(b, dto.shares);
      const candidates = await this.ballots.candidates(manager, id);
      const params = sealParams({
        id: b.id,
        method: b.method,
        maxWinners: b.maxWinners,
        candidateCount: candidates.length,
        publicKey: b.publicKey,
      });
      const votes = (
        (await manager.query(
          `SELECT receipt, ciphertext FROM ballot_votes WHERE ballot_id = $1 ORDER BY receipt`,
          [id],
        )) as Array<{ receipt: string; ciphertext: EncryptedBallot }>
      ).map((v) => ({ tracker: v.receipt, ballot: v.ciphertext }));
      let opened;
      try {
        opened = await this.seal.open(
          params,
          shares,
          votes.map((v) => v.ballot),
          (tally) => boardOf(b, meeting, candidates, params, votes, tally),
        );
      } catch (error) {
        if (error instanceof WrongSharesError)
          throw invalidFields('ballots.shares', { shares: ['ballots.shares'] });
        throw error;
      }
      b.tally = {
        cast: opened.cast,
        counts: Object.fromEntries(candidates.map((c, i) => [c.nomination_id, opened.counts[i]])),
      };
      b.talliedAt = new Date();
      b.board = opened.board;
      b.boardSha256 = opened.fingerprint;
      await manager.save(b);
      const results = await this.recordOutcome(manager, b, actor);
      await this.events.publish(manager, id);
      await this.audit.record(
        {
          actor,
          action: 'transition',
          entity: 'ballot',
          entityId: id,
          before: { status: 'closed', tallied: false },
          after: {
            status: 'closed',
            tallied: true,
            fingerprint: opened.fingerprint,
            sharesUsed: shares.length,
            results: results.rows.map((r) => ({
              id: r.nominationId,
              votes: r.votes,
              elected: r.elected,
            })),
          },
        },
        manager,
      );
      return this.ballots.get(id, { user: actor, code: null }, manager);
    });
  }

  /** The shares typed or scanned, each recognised by its digest; errors field by field. */
  private recogniseShares(b: BallotEntity, typed: string[]): string[] {
    const fields: Record<string, string[]> = {};
    const good = new Map<number, string>();
    typed.forEach((text, i) => {
      if (!text.trim()) return;
      let index: number;
      try {
        index = decodeShare(b.id, text).index;
      } catch {
        fields[`shares.${i}`] = ['ballots.shareFormat'];
        return;
      }
      const digest = shareDigest(b.id, text);
      if (!b.shareDigests?.some((d) => d.index === index && d.digest === digest)) {
        fields[`shares.${i}`] = ['ballots.shareUnknown'];
        return;
      }
      if (good.has(index)) {
        fields[`shares.${i}`] = ['ballots.shareDuplicate'];
        return;
      }
      good.set(index, text);
    });
    if (Object.keys(fields).length) throw invalidFields('ballots.shares', fields);
    const needed = b.committeeThreshold ?? 1;
    if (good.size < needed)
      throw invalidFields(
        'ballots.tooFewShares',
        { shares: ['ballots.tooFewShares'] },
        { needed, size: b.committeeSize ?? needed, given: good.size },
      );
    return [...good.values()].slice(0, needed);
  }

  async results(id: string, who: VoterIdentity): Promise<BallotResultsResponse> {
    const manager = this.dataSource.manager;
    const b = await this.ballots.find(manager, id);
    if (!who.user) await this.ballots.get(id, who);
    if (b.status !== 'closed') throw conflict('ballots.notClosed');
    return this.count(manager, b);
  }

  /** The trackers of the counted votes, sorted: published only after the count. */
  async receipts(id: string): Promise<string[]> {
    const b = await this.ballots.find(this.dataSource.manager, id);
    if (b.status !== 'closed') throw conflict('ballots.notClosed');
    if (!isTallied(b)) throw conflict('ballots.notTallied');
    const rows: Array<{ receipt: string }> = await this.dataSource.query(
      `SELECT receipt FROM ballot_votes WHERE ballot_id = $1 ORDER BY receipt`,
      [id],
    );
    return rows.map((r) => r.receipt);
  }

  /** The bulletin board file of a counted secret ballot, byte for byte as fingerprinted. */
  async board(id: string): Promise<{ text: string; fingerprint: string; title: string }> {
    const b = await this.dataSource
      .getRepository(BallotEntity)
      .createQueryBuilder('b')
      .addSelect('b.board')
      .where('b.id = :id', { id })
      .getOne();
    if (!b) throw notFound('ballots.notFound');
    if (b.mode !== 'secret' || b.status !== 'closed') throw conflict('ballots.noBoard');
    if (!b.talliedAt) throw conflict('ballots.notTallied');
    if (!b.board || !b.boardSha256) throw conflict('ballots.noBoard');
    return { text: b.board, fingerprint: b.boardSha256, title: b.title };
  }

  /**
   * Counts the ballot and moves its nominations to "voted" with their votes; candidates tied at
   * the K-th place wait for a runoff.
   */
  async recordOutcome(
    manager: EntityManager,
    b: BallotEntity,
    actor: AuthUser,
  ): Promise<BallotResultsResponse> {
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
    return results;
  }

  /**
   * Counts the ballot against its rule: an open ballot's votes, the entered paper or hands counts,
   * or a secret ballot's decrypted totals plus its paper ballots.
   */
  async count(manager: EntityManager, b: BallotEntity): Promise<BallotResultsResponse> {
    if (!isTallied(b) && b.status === 'closed') throw conflict('ballots.notTallied');
    const candidates = await this.ballots.candidates(manager, b.id);
    const paper = b.paperCounts;
    let electronic: (id: string) => number = () => 0;
    let electronicVotes = 0;
    if (b.mode === 'open') {
      const votes: Array<{ choices: string[] | Record<string, string> }> = await manager.query(
        `SELECT choices FROM ballot_votes WHERE ballot_id = $1`,
        [b.id],
      );
      electronicVotes = votes.length;
      electronic = (id) =>
        votes.filter((v) =>
          Array.isArray(v.choices) ? v.choices.includes(id) : v.choices[id] === 'agree',
        ).length;
    } else if (b.mode === 'secret' && b.tally) {
      const tally = b.tally;
      electronicVotes = tally.cast;
      electronic = (id) => tally.counts[id] ?? 0;
    }
    const paperValid = paper?.valid ?? 0;
    const eligible = b.eligibleCount ?? 0;
    const present = b.presentCount ?? 0;
    const valid = electronicVotes + paperValid;
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
      candidates: candidates.map((c) => ({
        id: c.nomination_id,
        votes: electronic(c.nomination_id) + (paper?.votes[c.nomination_id] ?? 0),
      })),
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
      cast: electronicVotes + (paper?.returned ?? 0),
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
      fingerprint: b.boardSha256,
      electronicVotes,
      paperValid,
    };
  }

  private async mustManage(manager: EntityManager, actor: AuthUser, b: BallotEntity) {
    const meeting = await this.meetings.find(manager, b.meetingId);
    if (!(await this.ballots.canManage(actor, meeting.blocId, meeting.termYear))) throw forbidden();
    return meeting;
  }
}
