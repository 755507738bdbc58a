/**
 * What a check of a bulletin board can find wrong, as data: the web app words each problem in the
 * reader's language, and `englishOf` gives the stable English sentence that `npm run
 * ballot:verify` prints and docs/ballot-verification.md quotes. Positions count from 1; `path` is
 * the JSON path of a field (`board.votes[3].tracker`).
 */
export type BoardProblem =
  | { code: 'field.string' | 'field.count' | 'field.number' | 'field.hex'; path: string }
  | { code: 'field.array' | 'field.object' | 'field.unknown' | 'field.missing'; path: string }
  | { code: 'field.oneOf'; path: string; values: string[] }
  | { code: 'header.marks'; minMarks: number; maxMarks: number | null; candidates: number }
  | { code: 'header.approvalMaxMarks' | 'header.chooseKMaxMarks' }
  | { code: 'header.publicKey' | 'header.threshold' }
  | { code: 'header.position'; index: number; name: string; position: number }
  | { code: 'header.perCandidate'; field: string; candidates: number }
  | { code: 'vote.repeated'; tracker: string }
  | { code: 'vote.unsorted'; tracker: string; previous: string }
  | { code: 'vote.malformed' | 'vote.point'; tracker: string; position: number | null }
  | { code: 'vote.proof'; tracker: string; position: number }
  | { code: 'vote.overall'; tracker: string; minMarks: number; maxMarks: number | null }
  | { code: 'vote.tracker'; tracker: string; computed: string }
  | { code: 'vote.replayed'; tracker: string; earlier: string; position: number }
  | { code: 'total.notSum'; position: number }
  | { code: 'decryption.malformed' | 'decryption.point'; position: number }
  | { code: 'decryption.proof' | 'decryption.count'; position: number }
  | { code: 'count.mismatch'; position: number; recorded: number; decrypted: number }
  | { code: 'ballots.tooMany'; electronic: number; paper: number; eligible: number }
  | {
      code: 'result.count';
      position: number;
      recorded: number;
      electronic: number;
      paper: number;
      expected: number;
    }
  | { code: 'result.valid'; recorded: number; electronic: number; paper: number; expected: number }
  | { code: 'paper.sum'; valid: number; invalid: number; returned: number }
  | { code: 'paper.returned'; returned: number; issued: number }
  | { code: 'paper.votes'; position: number; votes: number; valid: number };

export type BoardProblemCode = BoardProblem['code'];

/** The problem as one stable English sentence. */
export function englishOf(problem: BoardProblem): string {
  switch (problem.code) {
    case 'field.string':
      return `Field ${problem.path} must be a string.`;
    case 'field.count':
      return `Field ${problem.path} must be a whole number ≥ 0.`;
    case 'field.number':
      return `Field ${problem.path} must be a number.`;
    case 'field.hex':
      return `Field ${problem.path} must be 64 lowercase hex digits.`;
    case 'field.array':
      return `Field ${problem.path} must be an array.`;
    case 'field.object':
      return `Field ${problem.path} must be an object.`;
    case 'field.unknown':
      return `Field ${problem.path} is not part of the format.`;
    case 'field.missing':
      return `Field ${problem.path} is missing.`;
    case 'field.oneOf':
      return `Field ${problem.path} must be ${problem.values.join(' or ')}.`;
    case 'header.marks':
      return `The ballot's marks (minMarks ${problem.minMarks}, maxMarks ${problem.maxMarks}) are not possible with ${problem.candidates} candidates.`;
    case 'header.approvalMaxMarks':
      return 'An approval ballot has no maxMarks (it must be null).';
    case 'header.chooseKMaxMarks':
      return 'A chooseK ballot needs maxMarks, at most maxWinners.';
    case 'header.publicKey':
      return 'The public key is not a valid ristretto255 point.';
    case 'header.threshold':
      return 'The committee threshold must be between 1 and the committee size.';
    case 'header.position':
      return `Candidate ${problem.index} ("${problem.name}") has position ${problem.position}.`;
    case 'header.perCandidate':
      return `Field ${problem.field} must have one entry per candidate (${problem.candidates}).`;
    default:
      return voteOrCountEnglish(problem);
  }
}

function voteOrCountEnglish(problem: BoardProblem): string {
  switch (problem.code) {
    case 'vote.repeated':
      return `Vote ${problem.tracker} appears more than once.`;
    case 'vote.unsorted':
      return `Votes are not sorted by tracker: ${problem.tracker} comes after ${problem.previous}.`;
    case 'vote.malformed':
      return `Vote ${problem.tracker}: the encrypted ballot is malformed${at(problem.position)}.`;
    case 'vote.point':
      return `Vote ${problem.tracker}: the encrypted ballot has an invalid point${problem.position === null ? ' (overall proof)' : at(problem.position)}.`;
    case 'vote.proof':
      return `Vote ${problem.tracker}: the proof that candidate position ${problem.position} is marked 0 or 1 does not verify.`;
    case 'vote.overall':
      return `Vote ${problem.tracker}: the proof that the ballot has ${problem.minMarks} to ${problem.maxMarks} marks does not verify.`;
    case 'vote.tracker':
      return `Vote ${problem.tracker}: the tracker does not match the encrypted ballot, whose SHA-256 is ${problem.computed}.`;
    case 'vote.replayed':
      return `Vote ${problem.tracker} repeats the ciphertext of vote ${problem.earlier} (candidate position ${problem.position}).`;
    case 'total.notSum':
      return `The total for candidate position ${problem.position} is not the sum of the votes.`;
    case 'decryption.malformed':
      return `The decryption for candidate position ${problem.position} is malformed.`;
    case 'decryption.point':
      return `The decryption for candidate position ${problem.position} has an invalid point.`;
    case 'decryption.proof':
      return `The decryption proof for candidate position ${problem.position} does not verify against the total of the votes.`;
    case 'decryption.count':
      return `The decrypted count for candidate position ${problem.position} is not the count in its total.`;
    case 'count.mismatch':
      return `The electronic count for candidate position ${problem.position} is ${problem.recorded}, but its decryption says ${problem.decrypted}.`;
    case 'ballots.tooMany':
      return `There are more ballots (${problem.electronic} electronic + ${problem.paper} paper) than eligible voters (${problem.eligible}).`;
    case 'result.count':
      return `The result for candidate position ${problem.position} is ${problem.recorded}, but electronic ${problem.electronic} + paper ${problem.paper} = ${problem.expected}.`;
    case 'result.valid':
      return `The result counts ${problem.recorded} valid ballots, but electronic ${problem.electronic} + valid paper ${problem.paper} = ${problem.expected}.`;
    case 'paper.sum':
      return `Paper ballots: valid ${problem.valid} + invalid ${problem.invalid} is not the ${problem.returned} returned.`;
    case 'paper.returned':
      return `Paper ballots: ${problem.returned} returned but only ${problem.issued} issued.`;
    case 'paper.votes':
      return `Paper votes for candidate position ${problem.position} (${problem.votes}) exceed the valid paper ballots (${problem.valid}).`;
    default:
      return `Unknown problem ${problem.code}.`;
  }
}

function at(position: number | null): string {
  return position === null ? '' : ` (candidate position ${position})`;
}
