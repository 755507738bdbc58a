import { Routes } from '@angular/router';
import type { Observable } from 'rxjs';

import { BallotStore } from './ballot/ballot.store';
import { MeetingStore } from './meeting/meeting.store';
import { MeetingsStore } from './meetings/meetings.store';

/**
 * Meetings and ballots inside the signed-in shell: `/meetings`, `/meetings/:id`, `/ballots/:id`
 * (the secretariat's page), `/ballots/:id/vote` (a signed-in delegate votes) and
 * `/ballots/:id/verify` (anyone checks a counted secret ballot's public record). Every signed-in
 * role may read them; actions follow `BALLOTS_ACCESS` and the server's `canManage`/`canVote`.
 */
export const BALLOTS_ROUTES: Routes = [
  {
    path: 'meetings',
    children: [
      {
        path: '',
        providers: [MeetingsStore],
        title: $localize`:@@blMeetingsPageTitle:Hội nghị, bỏ phiếu – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./meetings/meetings-page.component').then((m) => m.MeetingsPageComponent),
      },
      {
        path: ':id',
        providers: [MeetingStore],
        title: $localize`:@@blMeetingPageTitle:Hội nghị – Thi đua – Khen thưởng`,
        loadComponent: () =>
          import('./meeting/meeting-page.component').then((m) => m.MeetingPageComponent),
      },
    ],
  },
  {
    path: 'ballots/:id',
    children: [
      {
        path: '',
        providers: [BallotStore],
        title: $localize`:@@blBallotPageTitle:Phiếu bầu – Thi đua – Khen thưởng`,
        // The committee's key shares are shown once: leaving the page asks first.
        canDeactivate: [(page: { canLeave(): Observable<boolean> | boolean }) => page.canLeave()],
        loadComponent: () =>
          import('./ballot/ballot-page.component').then((m) => m.BallotPageComponent),
      },
      {
        path: 'vote',
        title: $localize`:@@blVotePageTitle:Bỏ phiếu – Thi đua – Khen thưởng`,
        loadChildren: () => import('./vote/vote.routes').then((m) => m.VOTE_PAGE_ROUTES),
      },
      {
        path: 'verify',
        title: $localize`:@@blVerifyPageTitle:Kiểm chứng phiếu bầu – Thi đua – Khen thưởng`,
        loadChildren: () => import('./verify/verify.routes').then((m) => m.VERIFY_PAGE_ROUTES),
      },
    ],
  },
];

/**
 * The projector page, full screen outside the shell: `/ballots/:id/projector`. Mount it before
 * the shell, behind the sign-in guard.
 */
export const BALLOTS_PROJECTOR_ROUTES: Routes = [
  {
    path: 'ballots/:id/projector',
    providers: [BallotStore],
    title: $localize`:@@blProjectorPageTitle:Trình chiếu kết quả bỏ phiếu – Thi đua – Khen thưởng`,
    loadComponent: () =>
      import('./projector/projector-page.component').then((m) => m.ProjectorPageComponent),
  },
];

/**
 * The check of a counted ballot's public record for a delegate without an account, full screen and
 * without sign-in: `/vote/verify/:id`. The voting page itself (`/vote`, `/vote/:code`) is the light
 * app `apps/vote`, which the API serves at those addresses. Mount it before the shell, without
 * guards.
 */
export const BALLOTS_PUBLIC_ROUTES: Routes = [
  {
    path: 'vote/verify/:id',
    data: { codeVoter: true },
    title: $localize`:@@blVerifyPageTitle:Kiểm chứng phiếu bầu – Thi đua – Khen thưởng`,
    loadChildren: () => import('./verify/verify.routes').then((m) => m.VERIFY_PAGE_ROUTES),
  },
];
