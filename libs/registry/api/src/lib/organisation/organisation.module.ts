import { Module } from '@nestjs/common';

import './organisation.messages';
import { BlocAccessService } from '../bloc-access.service';
import { LegalDocumentsService } from './legal-documents.service';
import { OrganisationController } from './organisation.controller';
import { OrganisationService } from './organisation.service';
import { OutgoingNumbersController } from './outgoing-numbers.controller';
import { OutgoingNumbersService } from './outgoing-numbers.service';

/**
 * The organisation profile and the legal bases, under `/api/v1/organisation`; the register of
 * outgoing documents under `/api/v1/outgoing-numbers`.
 */
@Module({
  controllers: [OrganisationController, OutgoingNumbersController],
  providers: [
    OrganisationService,
    LegalDocumentsService,
    OutgoingNumbersService,
    BlocAccessService,
  ],
  exports: [BlocAccessService],
})
export class OrganisationModule {}
