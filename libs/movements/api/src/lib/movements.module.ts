import { Module } from '@nestjs/common';
import { RegistryModule } from '@thidua/registry/api';

import './movements.messages';
import { MovementsController } from './movements.controller';
import { MovementsService } from './movements.service';
import { PledgeDocumentService } from './pledge-document.service';
import { PledgesController } from './pledges.controller';
import { PledgesService } from './pledges.service';

@Module({
  imports: [RegistryModule],
  controllers: [MovementsController, PledgesController],
  providers: [MovementsService, PledgesService, PledgeDocumentService],
  exports: [MovementsService, PledgesService],
})
export class MovementsModule {}
