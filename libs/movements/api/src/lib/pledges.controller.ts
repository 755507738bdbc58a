import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { PledgeResponse } from '@thidua/movements/contracts';
import { BlocYear, type BlocYearParams } from '@thidua/registry/api';
import {
  type AuthUser,
  CurrentUser,
  RequirePermissions,
  sendDownload,
} from '@thidua/shared/api-core';
import type { Response } from 'express';

import { PledgeDocumentService } from './pledge-document.service';
import {
  DocumentFormatQueryDto,
  ReopenPledgeDto,
  SavePledgeDto,
  SavePledgeUnitDto,
  SignPledgeDto,
} from './dto/pledges.dto';
import { PledgesService } from './pledges.service';

@ApiTags('pledges')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'blocs/:blocId/years/:year/pledge', version: '1' })
export class PledgesController {
  constructor(
    private readonly pledges: PledgesService,
    private readonly documents: PledgeDocumentService,
  ) {}

  @Get()
  @ApiOperation({
    summary: "The bloc's pledge of the year: content, registrations, signatures, progress",
  })
  get(
    @BlocYear() { blocId, year }: BlocYearParams,
    @CurrentUser() user: AuthUser,
  ): Promise<PledgeResponse> {
    return this.pledges.get(blocId, year, user);
  }

  @Put()
  @ApiOperation({ summary: 'Create the pledge or change it while open (the secretariat)' })
  save(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Body() dto: SavePledgeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PledgeResponse> {
    return this.pledges.save(blocId, year, dto, user);
  }

  @Put('units/:unitId')
  @ApiOperation({
    summary: "A member unit's registered targets and titles (its own user, or the secretariat)",
  })
  saveUnit(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: SavePledgeUnitDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PledgeResponse> {
    return this.pledges.saveUnit(blocId, year, unitId, dto, user);
  }

  @Post('signatures')
  @ApiOperation({
    summary:
      'Sign once per member unit: in the app (own unit) or recorded from paper with a scan (secretariat)',
  })
  sign(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Body() dto: SignPledgeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PledgeResponse> {
    return this.pledges.sign(blocId, year, dto, user);
  }

  @Post('reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a locked pledge, with a reason (the secretariat)' })
  reopen(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Body() dto: ReopenPledgeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PledgeResponse> {
    return this.pledges.reopen(blocId, year, dto, user);
  }

  @Get('document')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOperation({
    summary: '"Bản giao ước thi đua năm …" as PDF or DOCX (Nghị định 30/2020 format)',
  })
  async document(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Query() query: DocumentFormatQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const format = query.format ?? 'pdf';
    const file = await this.documents.render(blocId, year, format, user);
    sendDownload(res, file);
  }
}
