import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { VoteReceiptResponse } from '@thidua/ballots/contracts';
import { type EncryptedBallot, sealParams, trackerOf } from '@thidua/ballots/domain';
import { ApiException, conflict, forbidden, invalidFields } from '@thidua/shared/api-core';
import { DataSource, QueryFailedError } from 'typeorm';

import { BallotEventsService } from './ballot-events.service';
import { BallotSealService } from './ballot-seal.service';
import { BallotVotesWriter, type VoteWritten, newReceipt } from './ballot-votes.writer';
import { BallotsService, type VoterIdentity } from './ballots.service';
import type { CastVoteDto } from './dto/ballots.dto';
import { BallotEntity } from './entities/ballot.entity';
import { hashCode } from './meetings.service';

interface VotingRules {
  id: string;
  meetingId: string;
  method: BallotEntity['method'];
  mode: BallotEntity['mode'];
  maxWinners: number;
  candidateIds: string[];
  publicKey: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Voting. A secret ballot's vote is the phone's encrypted ballot: its proofs are checked before
 * anything is written, only the ciphertexts are kept, and its tracker is the receipt. Who voted
 * (participation) and what (the vote) go to two tables with nothing linking them, in one statement
 * shared with the votes that arrive at the same moment (BallotVotesWriter). A second vote meets
 * the participation's primary key; a retry of the same vote (same vote id and ballot, after a lost
 * answer) gets the same receipt.
 */
@Injectable()
export class BallotVotingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ballots: BallotsService,
    private readonly events: BallotEventsService,
    private readonly votes: BallotVotesWriter,
    private readonly seal: BallotSealService,
  ) {}

  async vote(id: string, dto: CastVoteDto, who: VoterIdentity): Promise<VoteReceiptResponse> {
    const ballot = await this.votingRules(id);
    if (ballot.mode === 'paper' || ballot.mode === 'hands') throw conflict('ballots.notElectronic');
    const content =
      ballot.mode === 'secret'
        ? await this.sealedContent(ballot, dto)
        : this.openContent(ballot, dto);
    // A delegate with a code (no session) is found in the writing statement itself: one round trip.
    const byCode = who.code !== null && !who.user;
    const seat = byCode ? null : await this.seat(ballot, who);
    const via = byCode ? 'code' : (seat?.via ?? 'account');
    const voteKey = dto.voteId ? sha256(`vote|${dto.voteId}`) : null;
    let written: VoteWritten;
    try {
      written = await this.votes.write({
        ballotId: id,
        meetingId: ballot.meetingId,
        voterId: byCode ? null : (seat?.id ?? null),
        codeHash: byCode ? hashCode(who.code as string) : null,
        receipt: content.receipt,
        choices: content.choices,
        ciphertext: content.ciphertext,
        alphas: content.alphas,
        isNamed: ballot.mode === 'open',
        voteKey,
        via,
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
    const answer = { receipt: content.receipt, ballotId: id, castAt: today(), via } as const;
    // The same vote again (its answer was lost): its receipt, even after the close.
    if (written.hasVoted && voteKey && written.priorVoteKey === voteKey && written.isReceiptSeen)
      return answer;
    if (written.status !== 'open') throw conflict('ballots.notOpen');
    if (written.hasVoted) throw conflict('ballots.alreadyVoted');
    if (written.isReceiptSeen || written.isAlphaSeen) throw conflict('ballots.replayedBallot');
    if (!written.isWritten) throw conflict('ballots.alreadyVoted');
    this.events.publishSoon(id);
    return answer;
  }

  /** A secret ballot: the encrypted ballot, its proofs checked against the ballot's key. */
  private async sealedContent(ballot: VotingRules, dto: CastVoteDto) {
    if (!ballot.publicKey) throw conflict('ballots.legacyBallot');
    if (dto.choices || dto.approvals)
      throw invalidFields('ballots.wrongMethod', { ballot: ['ballots.wrongMethod'] });
    if (!dto.voteId) throw invalidFields('ballots.voteIdRequired', { voteId: ['common.required'] });
    const params = sealParams({
      id: ballot.id,
      method: ballot.method,
      maxWinners: ballot.maxWinners,
      candidateCount: ballot.candidateIds.length,
      publicKey: ballot.publicKey,
    });
    const check = await this.seal.check(params, dto.ballot);
    if (!check.ok)
      throw invalidFields(
        'ballots.badBallot',
        { ballot: ['ballots.badBallot'] },
        { reason: check.index === undefined ? check.reason : `${check.reason} ${check.index + 1}` },
      );
    const encrypted = dto.ballot as EncryptedBallot;
    return {
      receipt: trackerOf(encrypted),
      choices: null,
      ciphertext: encrypted,
      alphas: encrypted.choices.map((c) => c.alpha),
    };
  }

  /** An open (named) ballot: the choices in clear; a vote id makes its receipt repeatable. */
  private openContent(ballot: VotingRules, dto: CastVoteDto) {
    if (dto.ballot !== undefined)
      throw invalidFields('ballots.wrongMethod', { ballot: ['ballots.wrongMethod'] });
    return {
      receipt: dto.voteId
        ? sha256(`receipt|${ballot.id}|${dto.voteId}`).slice(0, 12).toUpperCase()
        : newReceipt(),
      choices: this.validChoices(ballot, dto),
      ciphertext: null,
      alphas: null,
    };
  }

  /**
   * What a vote is checked against. A ballot's method, K, candidates and key never change once it
   * is open, so they are kept per API instance; whether it is still open is checked by the
   * database in the writing statement.
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
    const b = await this.ballots.find(this.dataSource.manager, id);
    if (b.status !== 'open') throw conflict('ballots.notOpen');
    const candidateIds = (
      (await this.dataSource.query(
        `SELECT nomination_id FROM ballot_candidates WHERE ballot_id = $1 ORDER BY position`,
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
      publicKey: b.publicKey,
    };
  }

  private async seat(ballot: VotingRules, who: VoterIdentity) {
    const voter = await this.ballots.identify(
      this.dataSource.manager,
      { meetingId: ballot.meetingId },
      who,
      true,
    );
    if (!voter) throw forbidden('ballots.notVoter');
    return voter;
  }

  private validChoices(
    b: Pick<VotingRules, 'method' | 'maxWinners' | 'candidateIds'>,
    dto: CastVoteDto,
  ): string[] | Record<string, string> {
    const candidateIds = b.candidateIds;
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
}

const today = () => new Date().toISOString().slice(0, 10);
