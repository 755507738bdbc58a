import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  LegalDocumentResponse,
  OrganisationProfileResponse,
} from '@thidua/registry/contracts';
import { type AuthUser, CurrentUser, RequirePermissions } from '@thidua/shared/api-core';

import { LegalDocumentVersionDto } from './dto/legal-document-version.dto';
import { SaveLegalDocumentDto, SaveOrganisationProfileDto } from './dto/organisation.dto';
import { LegalDocumentsService } from './legal-documents.service';
import { OrganisationService } from './organisation.service';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller({ path: 'organisation', version: '1' })
export class OrganisationController {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly legal: LegalDocumentsService,
  ) {}

  @Get('profile')
  @ApiOperation({
    summary:
      'The organisation profile documents are headed, dated and signed from, with what it lacks',
  })
  profile(): Promise<OrganisationProfileResponse> {
    return this.organisation.profile();
  }

  @Put('profile')
  @RequirePermissions('organisation.manage')
  @ApiOperation({ summary: 'Save the whole organisation profile (admin)' })
  saveProfile(
    @Body() dto: SaveOrganisationProfileDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OrganisationProfileResponse> {
    return this.organisation.save(dto, user);
  }

  @Get('legal-documents')
  @ApiOperation({ summary: 'The legal documents cited by date ("Căn cứ …")' })
  legalDocuments(): Promise<LegalDocumentResponse[]> {
    return this.legal.list();
  }

  @Post('legal-documents')
  @RequirePermissions('organisation.manage')
  @ApiOperation({ summary: 'Add a legal document (admin)' })
  createLegalDocument(
    @Body() dto: SaveLegalDocumentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LegalDocumentResponse> {
    return this.legal.create(dto, user);
  }

  @Put('legal-documents/:id')
  @RequirePermissions('organisation.manage')
  @ApiOperation({ summary: 'Change a legal document, e.g. its last day in force (admin)' })
  updateLegalDocument(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveLegalDocumentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LegalDocumentResponse> {
    return this.legal.update(id, dto, user);
  }

  @Delete('legal-documents/:id')
  @HttpCode(204)
  @RequirePermissions('organisation.manage')
  @ApiOperation({ summary: 'Remove a legal document (admin)' })
  removeLegalDocument(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: LegalDocumentVersionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.legal.remove(id, dto.version, user);
  }
}
