import { Routes } from '@angular/router';

import { BallotStore } from './ballot/ballot.store';
import { MeetingStore } from './meeting/meeting.store';
import { MeetingsStore } from './meetings/meetings.store';
import { VoteStore } from './vote/vote.store';

/**
 * Meetings and ballots inside the signed-in shell: `/meetings`, `/meetings/:id`, `/ballots/:id`
 * (the secretariat's page) and `/ballots/:id/vote` (a signed-in delegate votes). Every signed-in
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
        loadComponent: () =>
          import('./ballot/ballot-page.component').then((m) => m.BallotPageComponent),
      },
      {
        path: 'vote',
        providers: [VoteStore],
        title: $localize`:@@blVotePageTitle:Bỏ phiếu – Thi đua – Khen thưởng`,
        loadComponent: () => import('./vote/vote-page.component').then((m) => m.VotePageComponent),
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
 * The voting page of a delegate without an account, full screen and without sign-in:
 * `/vote/:code` (optionally `?ballot=<id>`). Mount it before the shell, without guards.
 */
export const BALLOTS_PUBLIC_ROUTES: Routes = [
  {
    path: 'vote/:code',
    providers: [VoteStore],
    title: $localize`:@@blVotePageTitle:Bỏ phiếu – Thi đua – Khen thưởng`,
    loadComponent: () => import('./vote/vote-page.component').then((m) => m.VotePageComponent),
  },
];
