import { Module } from '@nestjs/common';

import './organisation.messages';
import { LegalDocumentsService } from './legal-documents.service';
import { OrganisationController } from './organisation.controller';
import { OrganisationService } from './organisation.service';

/** The organisation profile and the legal bases, under `/api/v1/organisation`. */
@Module({
  controllers: [OrganisationController],
  providers: [OrganisationService, LegalDocumentsService],
})
export class OrganisationModule {}
