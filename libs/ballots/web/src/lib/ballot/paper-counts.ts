import { type PaperCountProblem, checkPaperCounts } from '@thidua/ballots/domain';
import type { BallotMethod, PaperCounts } from '@thidua/ballots/contracts';
import { formatNumberVi } from '@thidua/shared/util';

/** What the counting form holds: empty boxes are null. */
export interface PaperCountsFormValue {
  issued: number | null;
  returned: number | null;
  valid: number | null;
  invalid: number | null;
  votes: Record<string, number | null>;
}

export interface PaperCountsContext {
  method: BallotMethod;
  maxWinners: number;
  /** Delegates present: no more papers than that can be issued. */
  voterCount: number;
  candidateIds: string[];
}

/** The request once every box holds a whole number, else null. */
export function toPaperCounts(value: PaperCountsFormValue): PaperCounts | null {
  const whole = (n: number | null | undefined) =>
    n !== null && n !== undefined && Number.isInteger(Number(n)) && Number(n) >= 0;
  const numbers = [value.issued, value.returned, value.valid, value.invalid];
  if (!numbers.every(whole) || !Object.values(value.votes).every(whole)) return null;
  const votes: Record<string, number> = {};
  for (const [id, n] of Object.entries(value.votes)) votes[id] = Number(n);
  return {
    issued: Number(value.issued),
    returned: Number(value.returned),
    valid: Number(value.valid),
    invalid: Number(value.invalid),
    votes,
  };
}

function problemField(problem: PaperCountProblem): string {
  switch (problem.code) {
    case 'issuedAboveVoters':
      return 'issued';
    case 'returnedAboveIssued':
      return 'returned';
    case 'returnedNotValidPlusInvalid':
      return 'valid';
    case 'candidateAboveValid':
    case 'unknownCandidate':
      return `votes.${problem.candidateId}`;
    case 'tooManyChoices':
      return 'votes';
  }
}

function problemMessage(problem: PaperCountProblem, context: PaperCountsContext): string {
  switch (problem.code) {
    case 'issuedAboveVoters': {
      const present = formatNumberVi(context.voterCount, 0);
      return $localize`:@@blPaperIssuedAboveVoters:Số phiếu phát ra không được lớn hơn số đại biểu có mặt (${present}:COUNT:).`;
    }
    case 'returnedAboveIssued':
      return $localize`:@@blPaperReturnedAboveIssued:Số phiếu thu về không được lớn hơn số phiếu phát ra.`;
    case 'returnedNotValidPlusInvalid':
      return $localize`:@@blPaperValidPlusInvalid:Số phiếu hợp lệ cộng số phiếu không hợp lệ phải bằng số phiếu thu về.`;
    case 'candidateAboveValid':
      return $localize`:@@blPaperCandidateAboveValid:Số phiếu bầu không được lớn hơn số phiếu hợp lệ.`;
    case 'unknownCandidate':
      return $localize`:@@blPaperUnknownCandidate:Không phải ứng viên của phiếu bầu này.`;
    case 'tooManyChoices': {
      const k = formatNumberVi(context.maxWinners, 0);
      return $localize`:@@blPaperTooManyChoices:Tổng số phiếu bầu cho các ứng viên vượt quá ${k}:K: × số phiếu hợp lệ (mỗi phiếu chọn tối đa ${k}:K:).`;
    }
  }
}

/**
 * The same checks as the server's (`checkPaperCounts` of the ballots domain), as field errors the
 * counting form shows before sending: keys `issued`, `returned`, `valid`, `votes` and
 * `votes.<nominationId>`.
 */
export function paperCountErrors(
  counts: PaperCounts,
  context: PaperCountsContext,
): Record<string, string[]> {
  const problems = checkPaperCounts(
    counts,
    context.candidateIds,
    context.method === 'chooseK' ? context.maxWinners : null,
    context.voterCount,
  );
  const errors: Record<string, string[]> = {};
  for (const problem of problems) {
    const field = problemField(problem);
    errors[field] = [...(errors[field] ?? []), problemMessage(problem, context)];
  }
  return errors;
}
