import { Injectable, signal } from '@angular/core';

/** What a one-time voting code looks like (the API's rule), once normalised. */
export const CODE_PATTERN = /^[A-Z0-9]{6,12}$/;

const CODE_KEY = 'td-voting-code';

/** A code as the slip prints it or a delegate types it: any case, spaces and dashes left out. */
export function normalizeCode(value: string | null | undefined): string {
  return (value ?? '').toUpperCase().replace(/[\s-]/g, '');
}

/** The code in an address's fragment (`code=ABCD2345`, as the slips' QR codes give it). */
export function codeFromFragment(fragment: string | null | undefined): string | null {
  if (!fragment) return null;
  const value = new URLSearchParams(fragment.replace(/^#/, '')).get('code');
  return value ? normalizeCode(value) || null : null;
}

/**
 * The one-time code of the delegate on this page, kept out of every address: in memory, and in
 * the tab's sessionStorage so a reload keeps it (closing the tab forgets it).
 */
@Injectable({ providedIn: 'root' })
export class VotingCodeMemory {
  private readonly codeState = signal<string | null>(readStored());

  readonly code = this.codeState.asReadonly();

  remember(value: string): void {
    const code = normalizeCode(value) || null;
    this.codeState.set(code);
    try {
      if (code) sessionStorage.setItem(CODE_KEY, code);
      else sessionStorage.removeItem(CODE_KEY);
    } catch {
      // Private mode: the code stays in memory for this page.
    }
  }

  forget(): void {
    this.remember('');
  }
}

function readStored(): string | null {
  try {
    return sessionStorage.getItem(CODE_KEY);
  } catch {
    return null;
  }
}

/**
 * The code a slip's address carries, given the address's path below the voting page and its
 * fragment: `/vote#code=…` (the QR code's, kept out of logs) or `/vote/:code` (printed on old
 * slips). Null when there is none.
 */
export function codeFromAddress(subPath: string, fragment: string): string | null {
  const fromFragment = codeFromFragment(fragment);
  if (fromFragment) return fromFragment;
  const segment = subPath.replace(/^\/+|\/+$/g, '');
  if (!segment || segment.includes('/')) return null;
  try {
    return normalizeCode(decodeURIComponent(segment)) || null;
  } catch {
    return null;
  }
}

/**
 * The voting page's address as it opened (`pagePath` is its own, `/vote` or `/en/vote`): a code in
 * it goes into memory and the address becomes `pagePath`, replacing the history entry, so the code
 * is neither on screen nor in the browser's history.
 */
export function takeCodeFromAddress(
  memory: VotingCodeMemory,
  pagePath: string,
  address: Pick<Location, 'pathname' | 'hash'>,
  history: Pick<History, 'replaceState'>,
): void {
  if (!address.pathname.startsWith(pagePath)) return;
  const code = codeFromAddress(address.pathname.slice(pagePath.length), address.hash);
  if (!code) return;
  memory.remember(code);
  history.replaceState(null, '', pagePath);
}
