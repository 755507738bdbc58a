import { InjectionToken } from '@angular/core';

import type { BallotTurnoutResponse } from '@thidua/ballots/contracts';

/** What the pages use of an `EventSource`, so tests can hand in a fake one. */
export interface BallotEventSource {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export type BallotEventSourceFactory = (url: string) => BallotEventSource;

/** Opens the ballot's Server-Sent Events stream (same origin, so the session cookie goes along). */
export const BALLOT_EVENT_SOURCE = new InjectionToken<BallotEventSourceFactory>(
  'BALLOT_EVENT_SOURCE',
  {
    providedIn: 'root',
    factory: () => (url: string) =>
      typeof EventSource === 'undefined'
        ? { onmessage: null, onerror: null, close: () => undefined }
        : (new EventSource(url, { withCredentials: true }) as BallotEventSource),
  },
);

/** The turnout in one `data:` line of the stream, or null when it is not one. */
export function parseTurnoutEvent(data: unknown): BallotTurnoutResponse | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as Partial<BallotTurnoutResponse>;
    return typeof value.votedCount === 'number' &&
      typeof value.voterCount === 'number' &&
      typeof value.status === 'string'
      ? (value as BallotTurnoutResponse)
      : null;
  } catch {
    return null;
  }
}

/**
 * Listens to a ballot's turnout. The browser reconnects by itself after a network error. Returns
 * the function that stops listening.
 */
export function watchTurnout(
  factory: BallotEventSourceFactory,
  url: string,
  onTurnout: (turnout: BallotTurnoutResponse) => void,
): () => void {
  const source = factory(url);
  source.onmessage = (event) => {
    const turnout = parseTurnoutEvent(event.data);
    if (turnout) onTurnout(turnout);
  };
  return () => {
    source.onmessage = null;
    source.onerror = null;
    source.close();
  };
}
