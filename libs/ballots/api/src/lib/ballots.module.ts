import { Module } from '@nestjs/common';
import { AwardsModule } from '@thidua/awards/api';
import { RegistryModule } from '@thidua/registry/api';

import './ballots.messages';
import { BallotDocumentsService } from './ballot-documents.service';
import { BallotEventsService } from './ballot-events.service';
import { BallotVotesWriter } from './ballot-votes.writer';
import { BallotsController, MeetingsController } from './ballots.controller';
import { BallotsService } from './ballots.service';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [RegistryModule, AwardsModule],
  controllers: [MeetingsController, BallotsController],
  providers: [
    MeetingsService,
    BallotsService,
    BallotEventsService,
    BallotDocumentsService,
    BallotVotesWriter,
  ],
  exports: [BallotsService, MeetingsService],
})
export class BallotsModule {}
