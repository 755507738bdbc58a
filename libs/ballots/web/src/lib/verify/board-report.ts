import {
  type BallotBoard,
  type BoardProblem,
  boardFingerprint,
  nobleGroup,
  verifyBoard,
} from '@thidua/ballots/domain';

/** What the check of a public record found, ready to show (and to pass out of a Web Worker). */
export interface BoardReport {
  /** Every check passed. */
  ok: boolean;
  /** The checks that failed, to word in the reader's language. */
  problems: BoardProblem[];
  /** The file is not JSON at all. */
  isUnreadable: boolean;
  /** SHA-256 of the file's text: the fingerprint to compare with the published one. */
  fingerprint: string;
  ballotId: string | null;
  title: string | null;
  votes: number;
  /** In the ballot's candidate order, with the counts recomputed from the votes (and paper). */
  candidates: Array<{ position: number; nominationId: string; name: string; count: number | null }>;
  /** The trackers of the votes on the record, to find one's own. */
  trackers: string[];
}

/**
 * Checks a bulletin board file as the server wrote it: its fingerprint, then every vote's proofs,
 * the totals recomputed from the votes, the decryption proofs and the result.
 */
export function checkBoardText(text: string): BoardReport {
  const fingerprint = boardFingerprint(text);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [],
      isUnreadable: true,
      fingerprint,
      ballotId: null,
      title: null,
      votes: 0,
      candidates: [],
      trackers: [],
    };
  }
  const check = verifyBoard(nobleGroup, input);
  const board = input as Partial<BallotBoard> | null;
  const candidates = Array.isArray(board?.ballot?.candidates) ? board.ballot.candidates : [];
  const votes = Array.isArray(board?.votes) ? board.votes : [];
  return {
    ok: check.ok,
    problems: check.problems,
    isUnreadable: false,
    fingerprint,
    ballotId: typeof board?.ballot?.id === 'string' ? board.ballot.id : null,
    title: typeof board?.ballot?.title === 'string' ? board.ballot.title : null,
    votes: check.votes,
    candidates: candidates.map((candidate, i) => ({
      position: Number(candidate?.position ?? i + 1),
      nominationId: String(candidate?.nominationId ?? ''),
      name: String(candidate?.name ?? ''),
      count: check.counts[i] ?? null,
    })),
    trackers: votes.map((vote) => String(vote?.tracker ?? '')),
  };
}
