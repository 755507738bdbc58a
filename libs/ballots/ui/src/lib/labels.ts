import type { BallotComparator, BallotDenominator, BallotRule } from '@thidua/awards/contracts';
import type {
  ApprovalChoice,
  BallotCandidateResponse,
  BallotMethod,
  BallotMode,
  BallotStatus,
} from '@thidua/ballots/contracts';
import { formatNumberVi } from '@thidua/shared/util';

export function ballotMethodLabel(method: BallotMethod): string {
  switch (method) {
    case 'chooseK':
      return $localize`:@@blMethodChooseK:Chọn ứng viên, mỗi phiếu tối đa bằng số người được chọn`;
    case 'approval':
      return $localize`:@@blMethodApproval:Đồng ý – Không đồng ý – Không ý kiến`;
  }
}

export function ballotModeLabel(mode: BallotMode): string {
  switch (mode) {
    case 'secret':
      return $localize`:@@blModeSecret:Bỏ phiếu kín điện tử`;
    case 'open':
      return $localize`:@@blModeOpen:Biểu quyết công khai điện tử`;
    case 'paper':
      return $localize`:@@blModePaper:Phiếu giấy`;
    case 'hands':
      return $localize`:@@blModeHands:Giơ tay`;
  }
}

/** Whether delegates vote in the app (as opposed to paper ballots or a show of hands). */
export function isElectronicMode(mode: BallotMode): boolean {
  return mode === 'secret' || mode === 'open';
}

export function ballotStatusLabel(status: BallotStatus): string {
  switch (status) {
    case 'draft':
      return $localize`:@@blStatusDraft:Chưa mở`;
    case 'open':
      return $localize`:@@blStatusOpen:Đang bỏ phiếu`;
    case 'closed':
      return $localize`:@@blStatusClosed:Đã kết thúc`;
  }
}

export function denominatorLabel(denominator: BallotDenominator): string {
  switch (denominator) {
    case 'eligible':
      return $localize`:@@blDenEligible:Tổng số đại biểu`;
    case 'present':
      return $localize`:@@blDenPresent:Số có mặt`;
    case 'valid':
      return $localize`:@@blDenValid:Số phiếu hợp lệ`;
  }
}

export function comparatorLabel(comparator: BallotComparator): string {
  return comparator === 'gt' ? $localize`:@@blComparatorGt:Trên` : $localize`:@@blComparatorGte:Từ`;
}

export function approvalLabel(choice: ApprovalChoice): string {
  switch (choice) {
    case 'agree':
      return $localize`:@@blApprovalAgree:Đồng ý`;
    case 'disagree':
      return $localize`:@@blApprovalDisagree:Không đồng ý`;
    case 'abstain':
      return $localize`:@@blApprovalAbstain:Không ý kiến`;
  }
}

/** "66,67 %": a percentage as vi-VN writes it, at most two decimals. */
export function percentVi(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatNumberVi(value, 2)} %`;
}

/** A number as vi-VN writes it (1.234,5); null → "—". */
export function numberVi(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatNumberVi(value, 2);
}

/** "Sở Tư pháp (STP)" for a unit with a short name. */
export function unitLabel(unit: { name: string; shortName?: string | null } | null): string {
  if (!unit) return '—';
  return unit.shortName ? `${unit.name} (${unit.shortName})` : unit.name;
}

/** "2025-03-04" → "04/03/2025"; null → "—". */
export function isoToDisplayDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** A timestamp as dd/MM/yyyy HH:mm in local time. */
export function timestampToDisplay(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** Whether every candidate is a unit (a collective nomination), to say "đơn vị" instead of "ứng viên". */
export function areAllUnits(
  candidates: ReadonlyArray<Pick<BallotCandidateResponse, 'name' | 'unit'>>,
): boolean {
  return candidates.length > 0 && candidates.every((c) => !!c.unit && c.unit.name === c.name);
}

/**
 * The ballot's rule in words, for the voting page: "Chọn tối đa 2 trong 3 đơn vị", or
 * "Cho ý kiến Đồng ý – Không đồng ý – Không ý kiến với từng đơn vị (3 đơn vị)".
 */
export function ruleInWords(ballot: {
  method: BallotMethod;
  maxWinners: number;
  candidates: ReadonlyArray<Pick<BallotCandidateResponse, 'name' | 'unit'>>;
}): string {
  const n = ballot.candidates.length;
  const units = areAllUnits(ballot.candidates);
  if (ballot.method === 'chooseK') return chooseKInWords(ballot.maxWinners, n, units);
  return units
    ? $localize`:@@blRuleApprovalUnits:Cho ý kiến Đồng ý – Không đồng ý – Không ý kiến với từng đơn vị (${n}:N: đơn vị)`
    : $localize`:@@blRuleApprovalCandidates:Cho ý kiến Đồng ý – Không đồng ý – Không ý kiến với từng ứng viên (${n}:N: ứng viên)`;
}

/**
 * A choose-K rule with its numbers, K capped at N: "Chọn tối đa 3 trong 9 ứng viên" (or
 * "… đơn vị" when every candidate is a unit).
 */
export function chooseKInWords(maxWinners: number, candidateCount: number, units = false): string {
  const n = candidateCount;
  const k = Math.min(maxWinners, n);
  return units
    ? $localize`:@@blRuleChooseKUnits:Chọn tối đa ${k}:K: trong ${n}:N: đơn vị`
    : $localize`:@@blRuleChooseKCandidates:Chọn tối đa ${k}:K: trong ${n}:N: ứng viên`;
}

/** A ballot in a list: the choose-K rule with its numbers, or the approval method. */
export function ballotRuleSummary(ballot: {
  method: BallotMethod;
  maxWinners: number;
  candidateCount: number;
}): string {
  return ballot.method === 'chooseK'
    ? chooseKInWords(ballot.maxWinners, ballot.candidateCount)
    : ballotMethodLabel(ballot.method);
}

/** The threshold in words: "Trúng cử khi đạt trên 50 % tổng số đại biểu". */
export function thresholdInWords(rule: BallotRule): string {
  const percent = percentVi(rule.threshold);
  const of = denominatorLabel(rule.denominator).toLocaleLowerCase('vi');
  return rule.comparator === 'gt'
    ? $localize`:@@blThresholdGt:Trúng cử khi đạt trên ${percent}:PERCENT: ${of}:DENOMINATOR:`
    : $localize`:@@blThresholdGte:Trúng cử khi đạt từ ${percent}:PERCENT: ${of}:DENOMINATOR: trở lên`;
}

/** "trên 9 (tổng số đại biểu)": what a result's percentage was computed over. */
export function denominatorInWords(denominator: number, kind: BallotDenominator): string {
  const count = numberVi(denominator);
  const label = denominatorLabel(kind).toLocaleLowerCase('vi');
  return $localize`:@@blDenominatorInWords:trên ${count}:COUNT: (${label}:LABEL:)`;
}

/** "Đã bỏ phiếu 7/9". */
export function turnoutInWords(voted: number, voters: number): string {
  return $localize`:@@blTurnout:Đã bỏ phiếu ${voted}:VOTED:/${voters}:VOTERS:`;
}

/** "Có mặt 8/9 — đủ số lượng" / "chưa đủ số lượng". */
export function quorumInWords(present: number, eligible: number, hasQuorum: boolean): string {
  return hasQuorum
    ? $localize`:@@blQuorumMet:Có mặt ${present}:PRESENT:/${eligible}:ELIGIBLE: — đủ số lượng`
    : $localize`:@@blQuorumNotMet:Có mặt ${present}:PRESENT:/${eligible}:ELIGIBLE: — chưa đủ số lượng`;
}

export function snackClose(): string {
  return $localize`:@@snackClose:Đóng`;
}

/**
 * A long hex value (a tracker, a fingerprint) in groups of four to read aloud or compare:
 * "a1b2 c3d4 e5f6 0789"; `length` keeps only the first characters. Other values are left as they are.
 */
export function hexGroups(value: string, length?: number): string {
  if (!/^[0-9a-f]+$/i.test(value)) return value;
  const kept = length ? value.slice(0, length) : value;
  return (kept.match(/.{1,4}/g) ?? []).join(' ');
}

/** How a seat's vote was cast: "bằng mã bỏ phiếu" / "bằng tài khoản". */
export function votedViaInWords(via: 'account' | 'code'): string {
  return via === 'code'
    ? $localize`:@@blVotedViaCode:Phiếu của ghế này đã được bỏ bằng mã bỏ phiếu.`
    : $localize`:@@blVotedViaAccount:Phiếu của ghế này đã được bỏ bằng tài khoản.`;
}
