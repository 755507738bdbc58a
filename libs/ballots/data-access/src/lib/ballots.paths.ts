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

/** Checking a counted secret ballot's public record in the browser (signed in). */
export function ballotVerifyPath(id: string): string {
  return `${ballotPath(id)}/verify`;
}

/** The same check for a delegate with a one-time code (no sign-in). */
export function codeVerifyPath(id: string): string {
  return `${BALLOTS_PATHS.vote}/verify/${encodeURIComponent(id)}`;
}

/**
 * The absolute address a voting code's QR code opens: the code rides in the fragment
 * (`/vote#code=…`), which the browser never sends, so no server or proxy log keeps it.
 */
export function codeVoteUrl(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}${BALLOTS_PATHS.vote}#code=${encodeURIComponent(code)}`;
}
