import { Module } from '@nestjs/common';
import { RegistryModule } from '@thidua/registry/api';

import './awards.messages';
import { AwardCatalogueService } from './award-catalogue.service';
import { AwardHistoryService } from './award-history.service';
import {
  AwardHistoryController,
  AwardTypesController,
  HouseholdsController,
  NominationsController,
  PeopleController,
  ReviewFlagsController,
} from './awards.controller';
import { BeneficiariesService } from './beneficiaries.service';
import { NominationsService } from './nominations.service';

@Module({
  imports: [RegistryModule],
  controllers: [
    AwardTypesController,
    PeopleController,
    HouseholdsController,
    ReviewFlagsController,
    AwardHistoryController,
    NominationsController,
  ],
  providers: [AwardCatalogueService, BeneficiariesService, AwardHistoryService, NominationsService],
  exports: [AwardCatalogueService, NominationsService, AwardHistoryService],
})
export class AwardsModule {}
