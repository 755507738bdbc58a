import { Module } from '@nestjs/common';
import { AwardsModule } from '@thidua/awards/api';
import { RegistryModule } from '@thidua/registry/api';

import './ballots.messages';
import { BallotCountingService } from './ballot-counting.service';
import { BallotDocumentsService } from './ballot-documents.service';
import { BallotEventsService } from './ballot-events.service';
import { BallotRunningService } from './ballot-running.service';
import { BallotSealService } from './ballot-seal.service';
import { BallotVotesWriter } from './ballot-votes.writer';
import { BallotVotingService } from './ballot-voting.service';
import { BallotsController, MeetingsController } from './ballots.controller';
import { BallotsService } from './ballots.service';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [RegistryModule, AwardsModule],
  controllers: [MeetingsController, BallotsController],
  providers: [
    MeetingsService,
    BallotsService,
    BallotRunningService,
    BallotVotingService,
    BallotCountingService,
    BallotSealService,
    BallotEventsService,
    BallotDocumentsService,
    BallotVotesWriter,
  ],
  exports: [BallotsService, BallotCountingService, MeetingsService],
})
export class BallotsModule {}
