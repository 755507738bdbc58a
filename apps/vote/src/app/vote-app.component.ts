import { ChangeDetectionStrategy, Component } from '@angular/core';

import { VotePageComponent, VoteStore } from '@thidua/ballots/feature-vote';

/** The light app's only page: a delegate with a one-time code votes (`/vote`, `/en/vote`). */
@Component({
  selector: 'td-vote-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [VotePageComponent],
  providers: [VoteStore],
  template: '<td-vote-page [codeVoter]="true" />',
})
export class VoteAppComponent {}
