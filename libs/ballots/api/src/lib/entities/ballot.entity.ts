import type { BallotComparator, BallotDenominator } from '@thidua/awards/contracts';
import { AwardTypeEntity, NominationEntity } from '@thidua/awards/api';
import type { BallotMethod, BallotMode, BallotStatus } from '@thidua/ballots/contracts';
import {
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
}

/**
 * What was voted, secret: the choices and a random receipt, with nothing that links it to a voter
 * (no voter, user or unit column, no time). Written in the same transaction as the participation.
 */
@Entity({ name: 'ballot_votes' })
@Unique('uq_ballot_votes_receipt', ['receipt'])
export class BallotVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ballotId!: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: BallotEntity;

  @Column({ type: 'varchar', length: 20 })
  receipt!: string;

  /** Chosen nomination ids (choose K), or { nominationId: agree|disagree|abstain }. */
  @Column({ type: 'jsonb' })
  choices!: string[] | Record<string, string>;
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
