import type { TaskItem, TaskKind } from '@thidua/reports/contracts';

/** What to do, in the page's language. */
export function taskTitle(item: TaskItem): string {
  const { subject, context, year, count } = item;
  switch (item.kind) {
    case 'pledgeToSign':
      return $localize`:@@taskPledgeToSign:Ký giao ước thi đua năm ${year}:year: – ${subject}:subject:`;
    case 'scoresToEnter':
      return $localize`:@@taskScoresToEnter:Tự chấm điểm thi đua năm ${year}:year: – ${subject}:subject:`;
    case 'nominationToComplete':
      return $localize`:@@taskNominationToComplete:Hoàn thiện hồ sơ đề nghị ${context}:award: cho ${subject}:beneficiary: (năm ${year}:year:)`;
    case 'ballotToVote':
      return $localize`:@@taskBallotToVote:Bỏ phiếu: ${subject}:ballot: – ${context}:meeting:`;
    case 'pledgeAwaitingSignatures':
      return $localize`:@@taskPledgeAwaitingSignatures:Giao ước thi đua năm ${year}:year: – ${subject}:subject:: còn ${count}:count: đơn vị chưa ký`;
    case 'scoresToCheck':
      return $localize`:@@taskScoresToCheck:Kiểm tra ${count}:count: phiếu chấm điểm năm ${year}:year: – ${subject}:subject:`;
    case 'nominationToReview':
      return $localize`:@@taskNominationToReview:Xem xét đề nghị ${context}:award: cho ${subject}:beneficiary: (năm ${year}:year:)`;
    case 'ballotToRun':
      return $localize`:@@taskBallotToRun:Điều hành bỏ phiếu: ${subject}:ballot: – ${context}:meeting:`;
    case 'awardListToSend':
      return $localize`:@@taskAwardListToSend:Gửi tỉnh danh sách đề nghị khen thưởng: ${subject}:list:`;
    case 'awardListToDecide':
      return context
        ? $localize`:@@taskAwardListToDecideOfBloc:Ra quyết định khen thưởng cho danh sách: ${subject}:list: – ${context}:bloc:`
        : $localize`:@@taskAwardListToDecide:Ra quyết định khen thưởng cho danh sách: ${subject}:list:`;
  }
}

/** A Material icon per kind. */
export const TASK_ICONS: Record<TaskKind, string> = {
  pledgeToSign: 'draw',
  scoresToEnter: 'edit_note',
  nominationToComplete: 'assignment',
  ballotToVote: 'how_to_vote',
  pledgeAwaitingSignatures: 'pending_actions',
  scoresToCheck: 'fact_check',
  nominationToReview: 'rate_review',
  ballotToRun: 'ballot',
  awardListToSend: 'send',
  awardListToDecide: 'gavel',
};

/** "hạn 09/12/2026" of an ISO date (no time zone shift). */
export function dueLabel(iso: string): string {
  const [y, m, d] = iso.split('-');
  const date = `${d}/${m}/${y}`;
  return $localize`:@@taskDue:hạn ${date}:date:`;
}

/** Whether an ISO date is before today. */
export function isOverdue(iso: string, today = new Date()): boolean {
  const pad = (n: number) => String(n).padStart(2, '0');
  return iso < `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}
