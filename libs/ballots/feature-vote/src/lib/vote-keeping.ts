import type { CastVoteRequest, VoteVia } from '@thidua/ballots/contracts';

/**
 * What this phone keeps of its votes, per ballot, in localStorage: the vote about to be sent (so a
 * retry after a lost answer sends exactly the same vote id and ballot, and gets the same receipt),
 * then the receipt. Nothing here says who the delegate is; a secret ballot's vote is encrypted.
 */
const VOTE_KEY = 'td-ballot-vote:';
const RECEIPT_KEY = 'td-ballot-receipt:';

/** The request as it was (or is about to be) sent, without the code. */
export type KeptVote = Omit<CastVoteRequest, 'code'> & { voteId: string };

export interface KeptReceipt {
  receipt: string;
  via: VoteVia | null;
  castAt: string | null;
}

export function keepVote(ballotId: string, vote: KeptVote): void {
  write(VOTE_KEY + ballotId, JSON.stringify(vote));
}

export function keptVote(ballotId: string): KeptVote | null {
  const value = parse(read(VOTE_KEY + ballotId));
  return value && typeof value['voteId'] === 'string' ? (value as unknown as KeptVote) : null;
}

export function forgetVote(ballotId: string): void {
  remove(VOTE_KEY + ballotId);
}

export function keepReceipt(ballotId: string, receipt: KeptReceipt): void {
  write(RECEIPT_KEY + ballotId, JSON.stringify(receipt));
}

export function keptReceipt(ballotId: string): KeptReceipt | null {
  const value = parse(read(RECEIPT_KEY + ballotId));
  if (!value || typeof value['receipt'] !== 'string') return null;
  return {
    receipt: value['receipt'],
    via: value['via'] === 'account' || value['via'] === 'code' ? value['via'] : null,
    castAt: typeof value['castAt'] === 'string' ? value['castAt'] : null,
  };
}

/**
 * A new vote id (a version 4 UUID). `crypto.randomUUID` needs a secure context, which a phone on
 * the hall's network by plain http is not; `getRandomValues` works everywhere.
 */
export function newVoteId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function parse(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage full: the vote is still sent, only a lost answer cannot be retried.
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing kept.
  }
}
