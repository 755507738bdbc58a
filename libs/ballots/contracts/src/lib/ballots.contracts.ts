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
  /** How many committee shares open a secret ballot's count (k of the committee's n). */
  committeeThreshold: number;
  /** Voting codes reissued while a ballot was open (lost codes), shown on the projector. */
  codeReissues: number;
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
  /** k of n: committee shares needed to count a secret ballot; default a majority (2 of 3). */
  committeeThreshold?: number;
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
  /** K: how many candidates a delegate may choose (`chooseK`), or how many may win. */
  maxWinners: number;
  /** N: how many candidates stand. */
  candidateCount: number;
  votedCount: number;
  voterCount: number;
  /** The vote-count minutes' number and symbol ("3/BB-KTĐ"), null until given one. */
  minutesNumber: string | null;
}

export interface BallotResponse extends BallotSummaryResponse {
  meetingId: string;
  rule: BallotRule;
  candidates: BallotCandidateResponse[];
  openedAt: string | null;
  closedAt: string | null;
  /** Whether the signed-in user (or the code's voter) has voted. */
  hasVoted: boolean;
  canVote: boolean;
  canManage: boolean;
  paperCounts: PaperCounts | null;
  parentBallotId: string | null;
  /** Secret ballots: the sealed box (public key, committee, fingerprint once counted). */
  seal: BallotSeal | null;
  /** A closed secret ballot waits for the committee's shares before it has results. */
  isTallied: boolean;
  /** How the signed-in delegate's or the code's seat voted: by account or by code. */
  votedVia: VoteVia | null;
  /**
   * Only in the answer to opening a secret ballot, once: each committee member's share of the
   * ballot's secret key, to print. The server keeps none of them.
   */
  committeeShares?: CommitteeShareResponse[];
  version: number;
}

export type VoteVia = 'account' | 'code';

export interface BallotSeal {
  /** ristretto255 public key (hex) the delegates' phones encrypt to. */
  publicKey: string;
  committeeSize: number;
  committeeThreshold: number;
  /** SHA-256 of the bulletin board file, once counted. */
  fingerprint: string | null;
}

export interface CommitteeShareResponse {
  /** 1..n, printed on the share. */
  index: number;
  member: string;
  code: string;
}

/** The counting committee's shares, entered at the close (k of n). */
export interface TallyBallotRequest {
  shares: string[];
  version: number;
}

/** Reissuing a lost voting code while a ballot is open: the chair's decision, with a reason. */
export interface ReissueCodeRequest {
  reason: string;
  isChairApproved: boolean;
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
  /**
   * Made by the phone once per ballot; a retry with the same id (after a lost answer) gets the same
   * receipt instead of a refusal. Required for secret ballots.
   */
  voteId?: string;
  /** Secret ballots: the encrypted ballot with its proofs (docs/ballot-verification.md). */
  ballot?: unknown;
  /** Open ballots, chooseK: the chosen nominations (at most K). */
  choices?: string[];
  /** approval: a choice per nomination. */
  approvals?: Record<string, ApprovalChoice>;
  /** For delegates without an account: the one-time code (or the X-Voting-Code header). */
  code?: string;
}

export interface VoteReceiptResponse {
  /** Secret ballots: the tracker, SHA-256 of the encrypted ballot, found on the bulletin board. */
  receipt: string;
  ballotId: string;
  castAt: string;
  via: VoteVia;
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

/**
 * The number and symbol the vote-count minutes print ("Số: 3/BB-KTĐ"): taken from the bloc's
 * register of outgoing numbers, or typed; null (or blank) prints "Số: …/BB-KTĐ" to fill in by hand.
 */
export interface SaveMinutesNumberRequest {
  minutesNumber: string | null;
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
  /** Secret ballots: SHA-256 of the bulletin board file. */
  fingerprint: string | null;
  /** Electronic votes and valid paper ballots in `valid`. */
  electronicVotes: number;
  paperValid: number;
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
