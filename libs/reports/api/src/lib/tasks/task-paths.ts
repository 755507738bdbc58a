import type { TaskKind } from '@thidua/reports/contracts';

import type { TaskRow } from './task-queries';

/**
 * The web page of each kind of item (the same addresses as the web libs' `*.paths.ts`); the
 * e-mails link to them too.
 */
export function taskPath(kind: TaskKind, row: TaskRow, unitId: string | null): string {
  switch (kind) {
    case 'pledgeToSign':
    case 'pledgeAwaitingSignatures':
      return `/blocs/${row.bloc_id}/pledge/${row.year}`;
    case 'scoresToEnter':
      return `/scoring/${row.bloc_id}/${row.year}/units/${unitId}`;
    case 'scoresToCheck':
      return `/scoring/${row.bloc_id}/${row.year}`;
    case 'nominationToComplete':
    case 'nominationToReview':
      return `/nominations/${row.ref}`;
    case 'ballotToVote':
      return `/ballots/${row.ref}/vote`;
    case 'ballotToRun':
      return `/ballots/${row.ref}`;
    case 'awardListToSend':
    case 'awardListToDecide':
      return `/awards/lists/${row.ref}`;
  }
}
