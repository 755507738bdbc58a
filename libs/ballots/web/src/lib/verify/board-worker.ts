/**
 * The Web Worker that checks a public record. Kept in a file of its own: the bundler finds the
 * worker by this exact `new Worker(new URL(…, import.meta.url))` form, and unit tests never load it.
 */
export function startBoardWorker(): Worker {
  return new Worker(new URL('./verify-board.worker', import.meta.url), { type: 'module' });
}
