import { InjectionToken } from '@angular/core';

import type { BoardReport } from './board-report';

/** Checks a public record's text; answers the report (or rejects when the check itself broke). */
export type BoardVerifier = (text: string) => Promise<BoardReport>;

/**
 * In a Web Worker when the browser has them (the page stays responsive while thousands of proofs
 * are checked), else on the page's thread. Tests hand in the page-thread check.
 */
export const BOARD_VERIFIER = new InjectionToken<BoardVerifier>('BOARD_VERIFIER', {
  providedIn: 'root',
  factory: () => verifyBoardText,
});

async function verifyBoardText(text: string): Promise<BoardReport> {
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(text);
    } catch (error) {
      if (!(error instanceof WorkerUnavailableError)) throw error;
    }
  }
  const { checkBoardText } = await import('./board-report');
  return checkBoardText(text);
}

class WorkerUnavailableError extends Error {}

async function inWorker(text: string): Promise<BoardReport> {
  const { startBoardWorker } = await import('./board-worker');
  let worker: Worker;
  try {
    worker = startBoardWorker();
  } catch {
    throw new WorkerUnavailableError();
  }
  return new Promise<BoardReport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ report?: BoardReport; failure?: string }>) => {
      worker.terminate();
      if (event.data.report) resolve(event.data.report);
      else reject(new Error(event.data.failure ?? 'verification failed'));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // A worker that could not start (old browser, blocked script): the page checks instead.
      event.preventDefault();
      reject(new WorkerUnavailableError());
    };
    worker.postMessage(text);
  });
}
