import { InjectionToken } from '@angular/core';

/**
 * How the voting page links elsewhere without the router (the light voting app has none): the
 * address a path has in this app (for `href`, with the locale's prefix) and the way to go there.
 * The staff app follows its router; the light app loads the page.
 */
export interface VoteLinks {
  href(path: string): string;
  go(path: string): void;
}

export const VOTE_LINKS = new InjectionToken<VoteLinks>('VOTE_LINKS');

/** A plain left click on a link, which the page follows itself (others open a tab, as usual). */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
