import type {
  BallotCryptoParams,
  Ciphertext,
  Decryption,
  EncryptedBallot,
  ProofBranch,
} from './ballot.types';
import { type Hex, sha256Hex } from './encoding';

/** The bulletin board: the whole public record of one ballot after its count. */
export interface BallotBoard {
  format: 'thidua-ballot-board';
  version: 1;
  group: 'ristretto255';
  ballot: {
    id: string;
    title: string;
    meeting: { id: string; title: string; date: string; place: string };
    method: 'chooseK' | 'approval';
    round: number;
    maxWinners: number;
    minMarks: number;
    maxMarks: number | null;
    rule: {
      threshold: number;
      denominator: 'eligible' | 'present' | 'valid';
      comparator: 'gte' | 'gt';
    };
    eligible: number;
    present: number;
    openedAt: string;
    closedAt: string;
    /** In the ballots' candidate order; positions 1..n. */
    candidates: Array<{ position: number; nominationId: string; name: string }>;
  };
  publicKey: Hex;
  committee: { size: number; threshold: number };
  /** Sorted by tracker. */
  votes: Array<{ tracker: Hex; ballot: EncryptedBallot }>;
  tally: { totals: Ciphertext[]; decryptions: Decryption[]; electronic: number[] };
  /** Paper counts per candidate position, added to the electronic counts. */
  paper: {
    issued: number;
    returned: number;
    valid: number;
    invalid: number;
    votes: number[];
  } | null;
  /** Electronic + paper per candidate, and valid ballots (electronic votes + valid paper ballots). */
  result: { counts: number[]; valid: number };
}

export function boardParams(board: BallotBoard): BallotCryptoParams {
  return {
    ballotId: board.ballot.id,
    publicKey: board.publicKey,
    candidateCount: board.ballot.candidates.length,
    minMarks: board.ballot.minMarks,
    maxMarks: board.ballot.maxMarks,
  };
}

/**
 * The board's one text: JSON with 2-space indent, keys in the order of BallotBoard, votes sorted
 * by tracker, a final newline. Its SHA-256 is the ballot's fingerprint, so the same board always
 * gives the same bytes whatever order its objects were built in.
 */
export function serializeBoard(board: BallotBoard): string {
  const { ballot, tally, paper, result } = board;
  const ordered = {
    format: board.format,
    version: board.version,
    group: board.group,
    ballot: {
      id: ballot.id,
      title: ballot.title,
      meeting: {
        id: ballot.meeting.id,
        title: ballot.meeting.title,
        date: ballot.meeting.date,
        place: ballot.meeting.place,
      },
      method: ballot.method,
      round: ballot.round,
      maxWinners: ballot.maxWinners,
      minMarks: ballot.minMarks,
      maxMarks: ballot.maxMarks,
      rule: {
        threshold: ballot.rule.threshold,
        denominator: ballot.rule.denominator,
        comparator: ballot.rule.comparator,
      },
      eligible: ballot.eligible,
      present: ballot.present,
      openedAt: ballot.openedAt,
      closedAt: ballot.closedAt,
      candidates: ballot.candidates.map((c) => ({
        position: c.position,
        nominationId: c.nominationId,
        name: c.name,
      })),
    },
    publicKey: board.publicKey,
    committee: { size: board.committee.size, threshold: board.committee.threshold },
    votes: [...board.votes]
      .sort((a, b) => (a.tracker < b.tracker ? -1 : a.tracker > b.tracker ? 1 : 0))
      .map((vote) => ({ tracker: vote.tracker, ballot: orderedBallot(vote.ballot) })),
    tally: {
      totals: tally.totals.map((t) => ({ alpha: t.alpha, beta: t.beta })),
      decryptions: tally.decryptions.map((d) => ({
        factor: d.factor,
        proof: orderedBranch(d.proof),
        count: d.count,
      })),
      electronic: [...tally.electronic],
    },
    paper: paper && {
      issued: paper.issued,
      returned: paper.returned,
      valid: paper.valid,
      invalid: paper.invalid,
      votes: [...paper.votes],
    },
    result: { counts: [...result.counts], valid: result.valid },
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** SHA-256 of the board file's UTF-8 bytes, in hex: the ballot's fingerprint. */
export function boardFingerprint(text: string): Hex {
  return sha256Hex(text);
}

function orderedBallot(ballot: EncryptedBallot): EncryptedBallot {
  return {
    choices: ballot.choices.map((c) => ({
      alpha: c.alpha,
      beta: c.beta,
      proof: c.proof.map(orderedBranch),
    })),
    overall: ballot.overall && ballot.overall.map(orderedBranch),
  };
}

function orderedBranch(branch: ProofBranch): ProofBranch {
  return {
    commitmentA: branch.commitmentA,
    commitmentB: branch.commitmentB,
    challenge: branch.challenge,
    response: branch.response,
  };
}
