import { Module } from '@nestjs/common';
import { AwardsModule } from '@thidua/awards/api';
import { RegistryModule } from '@thidua/registry/api';

import './documents.messages';
import { AwardListDecisionService } from './award-list-decision.service';
import { AwardListsController } from './award-lists.controller';
import { AwardListsService } from './award-lists.service';
import { ExportJobsService } from './export-jobs.service';

/** Award lists, their papers and background exports (rendered by the global `RenderService`). */
@Module({
  imports: [RegistryModule, AwardsModule],
  controllers: [AwardListsController],
  providers: [AwardListsService, AwardListDecisionService, ExportJobsService],
  exports: [AwardListsService],
})
export class DocumentsModule {}
