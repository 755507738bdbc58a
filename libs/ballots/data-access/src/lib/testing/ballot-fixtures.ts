import { HttpErrorResponse } from '@angular/common/http';
import { throwError } from 'rxjs';

import type { BallotResponse } from '@thidua/ballots/contracts';

import type { BallotEventSource, BallotEventSourceFactory } from '../ballot-events';

/**
 * A ballot of three units, choose at most two, secret electronic vote (without its sealed box's
 * key: give `seal` to vote in it).
 */
export function ballotFixture(patch: Partial<BallotResponse> = {}): BallotResponse {
  const unit = (id: string, name: string) => ({
    nominationId: id,
    name,
    unit: { id: `u-${id}`, code: id.toUpperCase(), name, shortName: null },
    rank: null,
    round: 1,
  });
  return {
    id: 'b1',
    meetingId: 'm1',
    title: 'Suy tôn Cờ thi đua năm 2025',
    award: { id: 'a1', code: 'CTD', name: 'Cờ thi đua của UBND tỉnh' },
    method: 'chooseK',
    mode: 'secret',
    status: 'open',
    round: 1,
    votedCount: 3,
    voterCount: 9,
    rule: { threshold: 50, denominator: 'eligible', comparator: 'gt' },
    maxWinners: 2,
    candidateCount: 3,
    candidates: [unit('n1', 'Sở Tư pháp'), unit('n2', 'Sở Y tế'), unit('n3', 'Sở Tài chính')],
    openedAt: '2025-12-20T02:00:00Z',
    closedAt: null,
    hasVoted: false,
    canVote: true,
    canManage: true,
    paperCounts: null,
    parentBallotId: null,
    seal: null,
    isTallied: false,
    votedVia: null,
    minutesNumber: null,
    version: 1,
    ...patch,
  };
}

/** An observable failing like the API does. */
export function apiFailure(status: number, code: string, message = code) {
  return throwError(
    () => new HttpErrorResponse({ status, error: { statusCode: status, code, message } }),
  );
}

/** A fake `EventSource` factory for specs: the test pushes events with `emit`. */
export class FakeEventSources {
  readonly urls: string[] = [];
  readonly sources: Array<BallotEventSource & { isClosed: boolean }> = [];
  readonly factory: BallotEventSourceFactory = (url) => {
    const source = {
      onmessage: null,
      onerror: null,
      isClosed: false,
      close() {
        this.isClosed = true;
      },
    } as BallotEventSource & { isClosed: boolean };
    this.urls.push(url);
    this.sources.push(source);
    return source;
  };

  emit(data: unknown, index = this.sources.length - 1): void {
    this.sources[index]?.onmessage?.(
      new MessageEvent('message', { data: typeof data === 'string' ? data : JSON.stringify(data) }),
    );
  }
}

/** A counted or open secret ballot's seal with a real public key (encryption works). */
export function sealFixture(publicKey: string, fingerprint: string | null = null) {
  return { publicKey, committeeSize: 3, committeeThreshold: 2, fingerprint };
}
