import { Module } from '@nestjs/common';
import { RegistryModule } from '@thidua/registry/api';

import './movements.messages';
import { ActivityReportsController } from './activity-reports.controller';
import { ActivityReportsService } from './activity-reports.service';
import { MovementsController } from './movements.controller';
import { MovementsService } from './movements.service';
import { PledgeDocumentService } from './pledge-document.service';
import { PledgesController } from './pledges.controller';
import { PledgesService } from './pledges.service';

@Module({
  imports: [RegistryModule],
  controllers: [MovementsController, PledgesController, ActivityReportsController],
  providers: [MovementsService, PledgesService, PledgeDocumentService, ActivityReportsService],
  exports: [MovementsService, PledgesService, ActivityReportsService],
})
export class MovementsModule {}
