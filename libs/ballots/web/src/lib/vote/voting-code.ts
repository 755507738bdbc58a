import { Injectable, inject, signal } from '@angular/core';
import {
  type CanActivateFn,
  RedirectCommand,
  type RedirectFunction,
  Router,
} from '@angular/router';

import { BALLOTS_PATHS } from '../ballots.paths';

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
 * `/vote#code=…`: takes the code into memory and leaves the address as `/vote`, replacing the
 * history entry, so the code is neither on screen nor in the browser's history.
 */
export const takeCodeFromFragment: CanActivateFn = (route) => {
  const code = codeFromFragment(route.fragment);
  if (!code) return true;
  inject(VotingCodeMemory).remember(code);
  const router = inject(Router);
  return new RedirectCommand(router.createUrlTree([BALLOTS_PATHS.vote]), { replaceUrl: true });
};

/** Old slips printed `/vote/:code`: the code goes into memory and the address becomes `/vote`. */
export const codeFromOldPath: RedirectFunction = ({ params }) => {
  const code = params['code'];
  if (typeof code === 'string') inject(VotingCodeMemory).remember(code);
  return BALLOTS_PATHS.vote;
};
