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
import { ClearanceAnswersService } from './clearance/clearance-answers.service';
import { ClearanceGateService } from './clearance/clearance-gate.service';
import {
  ClearanceOverridesController,
  ClearanceRoundsController,
  ConcurrenceRequestsController,
} from './clearance/clearance.controller';
import './clearance/clearance.messages';
import { ClearanceService } from './clearance/clearance.service';
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
    ClearanceRoundsController,
    ConcurrenceRequestsController,
    ClearanceOverridesController,
  ],
  providers: [
    AwardCatalogueService,
    BeneficiariesService,
    AwardHistoryService,
    NominationsService,
    ClearanceService,
    ClearanceAnswersService,
    ClearanceGateService,
  ],
  exports: [AwardCatalogueService, NominationsService, AwardHistoryService, ClearanceGateService],
})
export class AwardsModule {}
