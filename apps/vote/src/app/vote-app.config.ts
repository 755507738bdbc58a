import { provideHttpClient } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';

import {
  VOTE_LINKS,
  type VoteLinks,
  VotingCodeMemory,
  takeCodeFromAddress,
} from '@thidua/ballots/feature-vote';

/** The page's own address without its last slash: `/vote`, or `/en/vote` in English. */
function pagePath(): string {
  return new URL(document.baseURI).pathname.replace(/\/$/, '');
}

/**
 * Links leave the light app for the staff app's pages (`/vote/verify/:id`), in the same language:
 * the locale's prefix is what the page's address has before `/vote`.
 */
function pageLinks(): VoteLinks {
  const prefix = pagePath().replace(/\/vote$/, '');
  const href = (path: string) => `${prefix}${path}`;
  return { href, go: (path) => location.assign(href(path)) };
}

/**
 * The light voting app: zoneless, no router, no Material, no interceptor (the page shows its own
 * errors and a delegate has no session to lose). The code in the slip's address goes into memory
 * and leaves the address before the page starts.
 */
export const voteAppConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(),
    { provide: VOTE_LINKS, useFactory: pageLinks },
    provideAppInitializer(() => {
      takeCodeFromAddress(inject(VotingCodeMemory), pagePath(), location, history);
      document.title = $localize`:@@blVotePageTitle:Bỏ phiếu – Thi đua – Khen thưởng`;
    }),
  ],
};
