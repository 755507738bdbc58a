import type { BallotComparator, BallotDenominator } from '@thidua/awards/contracts';
import { AwardTypeEntity, NominationEntity } from '@thidua/awards/api';
import type { BallotMethod, BallotMode, BallotStatus } from '@thidua/ballots/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';

import { MeetingEntity, MeetingVoterEntity } from './meeting.entity';

/** A ballot on the nominations for one award, with its rule (threshold, denominator, K). */
@Entity({ name: 'ballots' })
@Index('idx_ballots_meeting', ['meetingId'])
export class BallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'award_type_id' })
  awardType?: AwardTypeEntity;

  @Column({ type: 'varchar', length: 10 })
  method!: BallotMethod;

  @Column({ type: 'varchar', length: 10 })
  mode!: BallotMode;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  threshold!: string;

  @Column({ type: 'varchar', length: 10 })
  denominator!: BallotDenominator;

  @Column({ type: 'varchar', length: 3 })
  comparator!: BallotComparator;

  @Column({ type: 'smallint' })
  maxWinners!: number;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: BallotStatus;

  @Column({ type: 'smallint', default: 1 })
  round!: number;

  @Column({ type: 'uuid', nullable: true })
  parentBallotId!: string | null;

  @ManyToOne(() => BallotEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_ballot_id' })
  parentBallot?: BallotEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Voters entitled and present when the ballot opened. */
  @Column({ type: 'smallint', nullable: true })
  eligibleCount!: number | null;

  @Column({ type: 'smallint', nullable: true })
  presentCount!: number | null;

  /** Paper ballots and show of hands: what the counting committee entered. */
  @Column({ type: 'jsonb', nullable: true })
  paperCounts!: {
    issued: number;
    returned: number;
    valid: number;
    invalid: number;
    votes: Record<string, number>;
  } | null;

  /** Secret ballots: the ristretto255 public key the phones encrypt to (hex). */
  @Column({ type: 'char', length: 64, nullable: true })
  publicKey!: string | null;

  /** n and k: the counting committee's shares of the secret key, and how many open the count. */
  @Column({ type: 'smallint', nullable: true })
  committeeSize!: number | null;

  @Column({ type: 'smallint', nullable: true })
  committeeThreshold!: number | null;

  /** A digest of each share (never the share): recognises a genuine share at the count. */
  @Column({ type: 'jsonb', nullable: true })
  shareDigests!: Array<{ index: number; digest: string }> | null;

  /** Secret ballots once counted: electronic votes cast and the decrypted count per nomination. */
  @Column({ type: 'jsonb', nullable: true })
  tally!: { cast: number; counts: Record<string, number> } | null;

  @Column({ type: 'timestamptz', nullable: true })
  talliedAt!: Date | null;

  /** The bulletin board file (JSON), exactly the bytes whose SHA-256 is the fingerprint. */
  @Column({ type: 'text', nullable: true, select: false })
  board?: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  boardSha256!: string | null;

  /** The vote-count minutes' number and symbol (3/BB-KTĐ), from the bloc's register or typed. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  minutesNumber!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

@Entity({ name: 'ballot_candidates' })
export class BallotCandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  ballotId!: string;

  @PrimaryColumn({ type: 'uuid' })
  nominationId!: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: BallotEntity;

  @ManyToOne(() => NominationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nomination_id' })
  nomination?: NominationEntity;

  @Column({ type: 'smallint' })
  position!: number;
}

/**
 * Who has voted in a ballot: one row per voter (primary key), so a second vote is refused by the
 * database. It says nothing of what was voted, and has no time.
 */
@Entity({ name: 'ballot_participations' })
export class BallotParticipationEntity {
  @PrimaryColumn({ type: 'uuid' })
  ballotId!: string;

  @PrimaryColumn({ type: 'uuid' })
  voterId!: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: BallotEntity;

  @ManyToOne(() => MeetingVoterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voter_id' })
  voter?: MeetingVoterEntity;

  /** SHA-256 of the vote id the phone made: a retry of the same vote gets its receipt again. */
  @Column({ type: 'char', length: 64, nullable: true })
  voteKey!: string | null;

  /** Whether the seat voted with the delegate's account or with the one-time code. */
  @Column({ type: 'varchar', length: 10, default: 'account' })
  via!: 'account' | 'code';
}

/**
 * What was voted, with nothing that links it to a voter (no voter, user or unit column, no time).
 * A secret ballot's vote is a ciphertext with its proofs and its tracker as the receipt; no choice
 * is in clear. An open (named) ballot's vote keeps its choices (they are public anyway).
 */
@Entity({ name: 'ballot_votes' })
@Unique('uq_ballot_votes_receipt', ['receipt'])
@Index('idx_ballot_votes_ballot', ['ballotId'])
@Index('idx_ballot_votes_alphas', { synchronize: false })
@Check('ck_ballot_votes_one_form', `("choices" IS NULL) <> ("ciphertext" IS NULL)`)
export class BallotVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ballotId!: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: BallotEntity;

  @Column({ type: 'varchar', length: 64 })
  receipt!: string;

  /** Open ballots: chosen nomination ids (choose K), or { nominationId: agree|disagree|abstain }. */
  @Column({ type: 'jsonb', nullable: true })
  choices!: string[] | Record<string, string> | null;

  /** Secret ballots: the encrypted ballot with its proofs. */
  @Column({ type: 'jsonb', nullable: true })
  ciphertext!: unknown;

  /** The first halves of the ciphertexts: a vote that reuses one of another vote is a replay. */
  @Column({ type: 'char', length: 64, array: true, nullable: true })
  alphas!: string[] | null;
}

/** A lost voting code reissued while a ballot of the meeting was open: the chair's reason. */
@Entity({ name: 'voting_code_reissues' })
@Index('idx_voting_code_reissues_meeting', ['meetingId'])
export class VotingCodeReissueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  voterId!: string;

  @ManyToOne(() => MeetingVoterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voter_id' })
  voter?: MeetingVoterEntity;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Open (named) ballots only: who voted what, when the meeting chose an open vote. */
@Entity({ name: 'ballot_named_votes' })
export class BallotNamedVoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  ballotId!: string;

  @PrimaryColumn({ type: 'uuid' })
  voterId!: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: BallotEntity;

  @ManyToOne(() => MeetingVoterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voter_id' })
  voter?: MeetingVoterEntity;

  @Column({ type: 'jsonb' })
  choices!: string[] | Record<string, string>;
}
