import type { BallotRule } from '@thidua/awards/contracts';
import type { BlocSummaryResponse, UnitRef } from '@thidua/registry/contracts';

export const BALLOT_METHODS = ['chooseK', 'approval'] as const;
/** "choose at most K of N", or "agree / disagree / no opinion" for each candidate. */
export type BallotMethod = (typeof BALLOT_METHODS)[number];

export const BALLOT_MODES = ['secret', 'open', 'paper', 'hands'] as const;
/** Electronic secret ballot, open (named) electronic ballot, paper ballots, show of hands. */
export type BallotMode = (typeof BALLOT_MODES)[number];

export type BallotStatus = 'draft' | 'open' | 'closed';
export type ApprovalChoice = 'agree' | 'disagree' | 'abstain';

export interface MeetingResponse {
  id: string;
  bloc: BlocSummaryResponse;
  year: number;
  title: string;
  meetingDate: string;
  place: string;
  chair: string;
  secretary: string;
  countingCommittee: string[];
  /** Voters on the meeting's date: one per member unit (its delegate) or named delegates. */
  voters: MeetingVoterResponse[];
  presentCount: number;
  eligibleCount: number;
  /** Quorum as a percentage of eligible voters, e.g. 66.67. */
  quorumPercent: number;
  hasQuorum: boolean;
  canManage: boolean;
  ballots: BallotSummaryResponse[];
  version: number;
}

export interface MeetingVoterResponse {
  id: string;
  unit: UnitRef | null;
  delegateName: string;
  /** The user who votes for the delegate in the app, when there is one. */
  userId: string | null;
  isPresent: boolean;
}

export interface SaveMeetingRequest {
  blocId: string;
  year: number;
  title: string;
  meetingDate: string;
  place: string;
  chair: string;
  secretary: string;
  countingCommittee: string[];
  quorumPercent?: number;
  version?: number;
}

export interface SaveVotersRequest {
  voters: Array<{
    unitId?: string | null;
    delegateName: string;
    userId?: string | null;
    isPresent: boolean;
  }>;
  /** The meeting's version that was read; a stale one gets 409 `common.staleVersion`. */
  version: number;
}

export interface BallotCandidateResponse {
  nominationId: string;
  name: string;
  unit: UnitRef | null;
  /** Rank in the bloc's score table, when there is one. */
  rank: number | null;
  round: number;
}

export interface BallotSummaryResponse {
  id: string;
  title: string;
  award: { id: string; code: string; name: string };
  method: BallotMethod;
  mode: BallotMode;
  status: BallotStatus;
  round: number;
  votedCount: number;
  voterCount: number;
}

export interface BallotResponse extends BallotSummaryResponse {
  meetingId: string;
  rule: BallotRule;
  maxWinners: number;
  candidates: BallotCandidateResponse[];
  openedAt: string | null;
  closedAt: string | null;
  /** Whether the signed-in user (or the code's voter) has voted. */
  hasVoted: boolean;
  canVote: boolean;
  canManage: boolean;
  paperCounts: PaperCounts | null;
  parentBallotId: string | null;
  version: number;
}

export interface SaveBallotRequest {
  meetingId: string;
  title: string;
  awardTypeId: string;
  nominationIds: string[];
  method: BallotMethod;
  mode: BallotMode;
  rule?: BallotRule;
  maxWinners: number;
  version?: number;
}

export interface CastVoteRequest {
  /** chooseK: the chosen nominations (at most K). */
  choices?: string[];
  /** approval: a choice per nomination. */
  approvals?: Record<string, ApprovalChoice>;
  /** For delegates without an account: the one-time code. */
  code?: string;
}

export interface VoteReceiptResponse {
  receipt: string;
  ballotId: string;
  castAt: string;
}

export interface PaperCounts {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  votes: Record<string, number>;
}

export interface SavePaperCountsRequest extends PaperCounts {
  /** The ballot's version that was read; a stale one gets 409 `common.staleVersion`. */
  version: number;
}

/** Open, close or start a runoff of a ballot, from the version that was read. */
export interface BallotActionRequest {
  version: number;
}

export interface BallotResultRow {
  nominationId: string;
  name: string;
  votes: number;
  percent: number;
  denominator: number;
  denominatorKind: 'eligible' | 'present' | 'valid';
  passed: boolean;
  elected: boolean;
  rank: number;
}

export interface BallotResultsResponse {
  ballotId: string;
  status: BallotStatus;
  rule: BallotRule;
  maxWinners: number;
  eligible: number;
  present: number;
  cast: number;
  valid: number;
  rows: BallotResultRow[];
  /** Candidates tied at the K-th place: a runoff among them is needed. */
  tiedForLast: string[];
  runoffBallotId: string | null;
}

export interface BallotTurnoutResponse {
  ballotId: string;
  status: BallotStatus;
  votedCount: number;
  voterCount: number;
}

export interface VoterCodeResponse {
  voterId: string;
  delegateName: string;
  unit: UnitRef | null;
  code: string;
}
