import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  BlocDetailResponse,
  BlocListItemResponse,
  BlocResponse,
  BlocYearResponse,
  RotationProposalResponse,
  WorkingYearResponse,
} from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import {
  type AuthUser,
  CurrentUser,
  RequirePermissions,
  sendWorkbook,
} from '@thidua/shared/api-core';
import type { Response } from 'express';

import { BlocYearsService } from './bloc-years.service';
import { BlocsService } from './blocs.service';
import {
  BlocExportQueryDto,
  BlocListQueryDto,
  CreateBlocDto,
  CopyPreviousBlocYearDto,
  PutBlocLeadershipDto,
  PutBlocMembersDto,
  UpdateBlocDto,
} from './dto/blocs.dto';
import { BlocYear, type BlocYearParams } from './dto/bloc-year.decorator';
import { RegistryExportService } from './registry-export.service';

@ApiTags('blocs')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'blocs', version: '1' })
export class BlocsController {
  constructor(
    private readonly blocs: BlocsService,
    private readonly years: BlocYearsService,
    private readonly exporter: RegistryExportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Blocs and clusters with their members, head and deputy in `year`' })
  list(@Query() query: BlocListQueryDto): Promise<Page<BlocListItemResponse>> {
    return this.blocs.list(query);
  }

  @Get('working-year')
  @ApiOperation({
    summary:
      'The year pages open on: the latest up to this calendar year in which a bloc has members',
  })
  workingYear(): Promise<WorkingYearResponse> {
    return this.blocs.workingYear();
  }

  @Get('export')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'Blocs with their members in `year` as .xlsx' })
  async export(@Query() query: BlocExportQueryDto, @Res() res: Response): Promise<void> {
    const year = query.year ?? new Date().getFullYear();
    sendWorkbook(
      res,
      await this.exporter.blocsWorkbook(year),
      `Khối, cụm thi đua năm ${year}.xlsx`,
    );
  }

  @Post()
  @ApiOperation({ summary: 'Create a bloc or cluster (admin)' })
  create(@Body() dto: CreateBlocDto, @CurrentUser() user: AuthUser): Promise<BlocResponse> {
    return this.blocs.create(dto, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A bloc with the history of every year' })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<BlocDetailResponse> {
    return this.blocs.get(id, user);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a bloc (admin; its secretariat: description, authority, rotation N)',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateBlocDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BlocResponse> {
    return this.blocs.update(id, dto, user);
  }

  @Get(':id/years/:year')
  @ApiOperation({ summary: "A bloc's year: members (dated), head and deputy" })
  year(
    @BlocYear('id') { blocId, year }: BlocYearParams,
    @CurrentUser() user: AuthUser,
  ): Promise<BlocYearResponse> {
    return this.years.get(blocId, year, user);
  }

  @Put(':id/years/:year/members')
  @ApiOperation({ summary: "Replace a year's member list (its order is the rotation order)" })
  putMembers(
    @BlocYear('id') { blocId, year }: BlocYearParams,
    @Body() dto: PutBlocMembersDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BlocYearResponse> {
    return this.years.putMembers(blocId, year, dto, user);
  }

  @Put(':id/years/:year/leadership')
  @ApiOperation({ summary: 'Set the head (Trưởng khối) and deputy (Phó khối) of a year' })
  putLeadership(
    @BlocYear('id') { blocId, year }: BlocYearParams,
    @Body() dto: PutBlocLeadershipDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BlocYearResponse> {
    return this.years.putLeadership(blocId, year, dto, user);
  }

  @Post(':id/years/:year/copy-previous')
  @ApiOperation({ summary: "Copy last year's members (who had not left) into an empty year" })
  copyPrevious(
    @BlocYear('id') { blocId, year }: BlocYearParams,
    @Body() dto: CopyPreviousBlocYearDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BlocYearResponse> {
    return this.years.copyPrevious(blocId, year, dto, user);
  }

  @Get(':id/years/:year/rotation-proposal')
  @ApiOperation({
    summary: 'The rotation planner: proposed head and deputy for `year`, with reasons',
  })
  rotationProposal(
    @BlocYear('id') { blocId, year }: BlocYearParams,
  ): Promise<RotationProposalResponse> {
    return this.years.rotationProposal(blocId, year);
  }
}
