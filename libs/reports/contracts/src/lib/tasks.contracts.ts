/**
 * What waits for the signed-in user ("việc cần làm"): computed from the data on each request, with
 * the caller's rights. Unit users: pledges to sign, scores to enter, nominations to complete, open
 * ballots they are a delegate of. A bloc's secretariat: pledges awaiting signatures, scores to
 * check, nominations to review, ballots to run, award lists to send. The board (admin): lists sent
 * by the blocs, awaiting the decision.
 */
export const TASK_KINDS = [
  'pledgeToSign',
  'scoresToEnter',
  'nominationToComplete',
  'ballotToVote',
  'pledgeAwaitingSignatures',
  'scoresToCheck',
  'nominationToReview',
  'ballotToRun',
  'awardListToSend',
  'awardListToDecide',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface TaskItem {
  kind: TaskKind;
  /** The page that does it, inside the web app (`/blocs/…/pledge/2025`). */
  path: string;
  /** What it is about: a bloc, a nomination's beneficiary and award, a ballot, a list. */
  subject: string;
  /** The bloc (or meeting) it belongs to, when the subject is not the bloc itself. */
  context: string | null;
  year: number;
  /** How many (signatures missing, cards to check), when the item stands for several. */
  count: number | null;
  /** The deadline the data gives (movement launch, year-end review, bloc conference), ISO date. */
  dueOn: string | null;
}

export interface TasksResponse {
  items: TaskItem[];
}

/** `POST /admin/mail/digest`: the day's digest sent now (each user at most once a day). */
export interface MailRunResponse {
  /** Mail is configured (`SMTP_URL`); false: nothing was sent. */
  isConfigured: boolean;
  sent: number;
  /** Users with an address, not opted out, already sent today or with nothing waiting. */
  skipped: number;
  failed: number;
}
