import { bootstrapApplication } from '@angular/platform-browser';

import { VoteAppComponent } from './app/vote-app.component';
import { voteAppConfig } from './app/vote-app.config';

bootstrapApplication(VoteAppComponent, voteAppConfig).catch((err) => console.error(err));
