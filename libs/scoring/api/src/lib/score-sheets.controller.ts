import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BlocYear, type BlocYearParams } from '@thidua/registry/api';
import type { ScoreSheetResponse } from '@thidua/scoring/contracts';
import { type AuthUser, CurrentUser, RequirePermissions } from '@thidua/shared/api-core';

import { CreateSheetFromDto, SaveScoreSheetDto, SheetVersionDto } from './dto/scoring.dto';
import { ScoreSheetsService } from './score-sheets.service';

@ApiTags('scoring')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'blocs/:blocId/years/:year/score-sheet', version: '1' })
export class ScoreSheetsController {
  constructor(private readonly sheets: ScoreSheetsService) {}

  @Get()
  @ApiOperation({
    summary:
      "The bloc's score sheet of the year: groups of criteria with maxima, bonus and penalty items with caps, tie-breaks",
  })
  get(
    @BlocYear() { blocId, year }: BlocYearParams,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreSheetResponse> {
    return this.sheets.get(blocId, year, user);
  }

  @Put()
  @RequirePermissions('scoring.manage')
  @ApiOperation({
    summary:
      'Create the sheet or change it while no unit has submitted (the secretariat); criteria maxima must add up to the scale',
  })
  save(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Body() dto: SaveScoreSheetDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreSheetResponse> {
    return this.sheets.save(blocId, year, dto, user);
  }

  @Post('copy-previous')
  @RequirePermissions('scoring.manage')
  @ApiOperation({ summary: "Start the year's sheet as a copy of last year's (409 when it exists)" })
  copyPrevious(
    @BlocYear() { blocId, year }: BlocYearParams,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreSheetResponse> {
    return this.sheets.copyPrevious(blocId, year, user);
  }

  @Post('from-pledge')
  @RequirePermissions('scoring.manage')
  @ApiOperation({
    summary:
      "Start the year's sheet from the pledge: its commitments and its movement's targets become the criteria",
  })
  fromPledge(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Body() dto: CreateSheetFromDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreSheetResponse> {
    return this.sheets.fromPledge(blocId, year, dto.scale ?? 100, user);
  }

  @Post('agree')
  @HttpCode(200)
  @RequirePermissions('scoring.manage')
  @ApiOperation({
    summary: 'Record that the conference agreed the table (every member checked; the secretariat)',
  })
  agree(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Body() dto: SheetVersionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreSheetResponse> {
    return this.sheets.agree(blocId, year, dto.version, user);
  }

  @Post('lock')
  @HttpCode(200)
  @RequirePermissions('scoring.manage')
  @ApiOperation({
    summary: 'Lock the agreed table and write the ranking; nothing changes afterwards (409)',
  })
  lock(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Body() dto: SheetVersionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreSheetResponse> {
    return this.sheets.lock(blocId, year, dto.version, user);
  }
}
