import type { BallotComparator, BallotDenominator, BallotRule } from '@thidua/awards/contracts';

export interface TallyInput {
  rule: BallotRule;
  /** The most winners K. */
  maxWinners: number;
  eligible: number;
  present: number;
  /** Valid ballots cast. */
  valid: number;
  /** Votes per candidate: chosen (choose K of N) or "agree" (approval). */
  candidates: Array<{ id: string; votes: number }>;
}

export interface TallyRow {
  id: string;
  votes: number;
  denominator: number;
  /** Percentage of the denominator, rounded to 2 decimals. */
  percent: number;
  passed: boolean;
  elected: boolean;
  /** 1 = most votes; equal votes share a rank. */
  rank: number;
}

export interface TallyResult {
  denominator: number;
  rows: TallyRow[];
  /** Passed candidates tied at the K-th place: a runoff among them decides the remaining seats. */
  tiedForLast: string[];
  /** Seats left for the runoff. */
  seatsInRunoff: number;
}

/**
 * Thresholds are percentages given to two decimals (66.67 stands for two thirds), so the
 * comparison allows half a hundredth: 6 of 9 is "at least two thirds", 5 of 10 is not "more than
 * half", 9 of 10 is "at least 90 %".
 */
const TOLERANCE = 0.005;

export function denominatorOf(
  kind: BallotDenominator,
  counts: { eligible: number; present: number; valid: number },
): number {
  return kind === 'eligible' ? counts.eligible : kind === 'present' ? counts.present : counts.valid;
}

export function passesThreshold(
  votes: number,
  denominator: number,
  threshold: number,
  comparator: BallotComparator,
): boolean {
  if (denominator <= 0) return false;
  const percent = (votes * 100) / denominator;
  return comparator === 'gte' ? percent >= threshold - TOLERANCE : percent > threshold + TOLERANCE;
}

/**
 * Counts a ballot: who passes the threshold (with its denominator and comparator), then the winners
 * — the passed candidates ranked by votes, the first K. A tie at the K-th place is not decided here:
 * the tied candidates go to a runoff in the same meeting with the same voters.
 */
export function tallyBallot(input: TallyInput): TallyResult {
  const denominator = denominatorOf(input.rule.denominator, input);
  const sorted = [...input.candidates].sort((a, b) => b.votes - a.votes);
  const rankOf = (votes: number) => 1 + sorted.filter((c) => c.votes > votes).length;
  const passed = sorted.filter((c) =>
    passesThreshold(c.votes, denominator, input.rule.threshold, input.rule.comparator),
  );
  let elected = new Set<string>();
  let tiedForLast: string[] = [];
  let seatsInRunoff = 0;
  if (passed.length <= input.maxWinners) {
    elected = new Set(passed.map((c) => c.id));
  } else {
    const cutVotes = passed[input.maxWinners - 1].votes;
    const above = passed.filter((c) => c.votes > cutVotes);
    const atCut = passed.filter((c) => c.votes === cutVotes);
    if (above.length + atCut.length <= input.maxWinners) {
      elected = new Set([...above, ...atCut].map((c) => c.id));
    } else {
      elected = new Set(above.map((c) => c.id));
      tiedForLast = atCut.map((c) => c.id);
      seatsInRunoff = input.maxWinners - above.length;
    }
  }
  return {
    denominator,
    rows: input.candidates.map((c) => ({
      id: c.id,
      votes: c.votes,
      denominator,
      percent: denominator > 0 ? Math.round((c.votes * 10000) / denominator) / 100 : 0,
      passed: passesThreshold(c.votes, denominator, input.rule.threshold, input.rule.comparator),
      elected: elected.has(c.id),
      rank: rankOf(c.votes),
    })),
    tiedForLast,
    seatsInRunoff,
  };
}

/** Whether enough delegates are present to open the ballot (e.g. two thirds). */
export function hasQuorum(present: number, eligible: number, quorumPercent: number): boolean {
  return eligible > 0 && passesThreshold(present, eligible, quorumPercent, 'gte');
}

export interface PaperCountsInput {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  votes: Record<string, number>;
}

export type PaperCountProblem =
  | { code: 'returnedAboveIssued' }
  | { code: 'returnedNotValidPlusInvalid' }
  | { code: 'candidateAboveValid'; candidateId: string }
  | { code: 'tooManyChoices' }
  | { code: 'unknownCandidate'; candidateId: string }
  | { code: 'issuedAboveVoters' };

/**
 * Checks what the counting committee entered: returned ≤ issued; returned = valid + invalid; no
 * candidate above the valid ballots; with "choose at most K", no more than K × valid marks in all.
 */
export function checkPaperCounts(
  counts: PaperCountsInput,
  candidateIds: string[],
  maxChoicesPerBallot: number | null,
  voterCount: number,
): PaperCountProblem[] {
  const problems: PaperCountProblem[] = [];
  if (counts.issued > voterCount) problems.push({ code: 'issuedAboveVoters' });
  if (counts.returned > counts.issued) problems.push({ code: 'returnedAboveIssued' });
  if (counts.returned !== counts.valid + counts.invalid)
    problems.push({ code: 'returnedNotValidPlusInvalid' });
  for (const [id, votes] of Object.entries(counts.votes)) {
    if (!candidateIds.includes(id)) problems.push({ code: 'unknownCandidate', candidateId: id });
    else if (votes > counts.valid) problems.push({ code: 'candidateAboveValid', candidateId: id });
  }
  const marks = Object.values(counts.votes).reduce((sum, v) => sum + v, 0);
  if (maxChoicesPerBallot !== null && marks > maxChoicesPerBallot * counts.valid)
    problems.push({ code: 'tooManyChoices' });
  return problems;
}
