/** Where the meeting and ballot pages live, for links and redirects. */
export const BALLOTS_PATHS = {
  meetings: '/meetings',
  ballots: '/ballots',
  vote: '/vote',
} as const;

export function meetingPath(id: string): string {
  return `${BALLOTS_PATHS.meetings}/${id}`;
}

/** The secretariat's page of a ballot. */
export function ballotPath(id: string): string {
  return `${BALLOTS_PATHS.ballots}/${id}`;
}

/** The signed-in delegate's voting page. */
export function ballotVotePath(id: string): string {
  return `${ballotPath(id)}/vote`;
}

/** The full-screen projector page. */
export function ballotProjectorPath(id: string): string {
  return `${ballotPath(id)}/projector`;
}

/** The voting page of a delegate without an account (no sign-in): `/vote/:code`. */
export function codeVotePath(code: string): string {
  return `${BALLOTS_PATHS.vote}/${encodeURIComponent(code)}`;
}

/** The absolute address a voting code's QR code opens. */
export function codeVoteUrl(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}${codeVotePath(code)}`;
}
