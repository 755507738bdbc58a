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
  Query,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BlocYear, type BlocYearParams } from '@thidua/registry/api';
import type { ScoreBoardResponse, UnitScoreResponse } from '@thidua/scoring/contracts';
import {
  type AuthUser,
  CurrentUser,
  FileUpload,
  MAX_UPLOAD_BYTES,
  RequirePermissions,
  type UploadedFileLike,
} from '@thidua/shared/api-core';

import {
  EvidenceQueryDto,
  SaveAdjustmentsDto,
  SaveSelfAssessmentDto,
  UnitScoreTransitionDto,
} from './dto/scoring.dto';
import { UnitScoresService } from './unit-scores.service';

@ApiTags('scoring')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'blocs/:blocId/years/:year/scores', version: '1' })
export class ScoresController {
  constructor(private readonly scores: UnitScoresService) {}

  @Get()
  @ApiOperation({
    summary: 'The progress board: every member unit, its status, self and final totals',
  })
  board(
    @BlocYear() { blocId, year }: BlocYearParams,
    @CurrentUser() user: AuthUser,
  ): Promise<ScoreBoardResponse> {
    return this.scores.board(blocId, year, user);
  }

  @Get(':unitId')
  @ApiOperation({
    summary: "A unit's card: self and checked points per item, explanations, evidence, reasons",
  })
  card(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitScoreResponse> {
    return this.scores.card(blocId, year, unitId, user);
  }

  @Put(':unitId')
  @RequirePermissions('scoring.self')
  @ApiOperation({
    summary:
      "The unit's self-assessment: points and explanations (own unit only, 403 otherwise; above a maximum 422)",
  })
  saveSelf(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: SaveSelfAssessmentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitScoreResponse> {
    return this.scores.saveSelf(blocId, year, unitId, dto, user);
  }

  @Post(':unitId/evidence')
  @RequirePermissions('scoring.self')
  @FileUpload(MAX_UPLOAD_BYTES)
  @ApiOperation({
    summary:
      'Attach evidence to an item of the own card (PDF, DOCX, XLSX, PNG, JPEG ≤ 10 MB, type read from the bytes)',
  })
  addEvidence(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: EvidenceQueryDto,
    @UploadedFile() file: UploadedFileLike | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitScoreResponse> {
    return this.scores.addEvidence(blocId, year, unitId, query.itemId, file, user);
  }

  @Delete(':unitId/evidence/:attachmentId')
  @RequirePermissions('scoring.self')
  @ApiOperation({ summary: 'Remove evidence from the own card while it may be edited' })
  removeEvidence(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitScoreResponse> {
    return this.scores.removeEvidence(blocId, year, unitId, attachmentId, user);
  }

  @Put(':unitId/adjustments')
  @RequirePermissions('scoring.manage')
  @ApiOperation({
    summary:
      'The head or deputy unit adjusts points of a submitted card, each with a reason (never its own card)',
  })
  adjust(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: SaveAdjustmentsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitScoreResponse> {
    return this.scores.adjust(blocId, year, unitId, dto, user);
  }

  @Post(':unitId/transitions')
  @HttpCode(200)
  @RequirePermissions('scoring.self')
  @ApiOperation({
    summary:
      '`submit` (the unit, every criterion scored), `check` or `return` with a reason (the head or deputy unit)',
  })
  transition(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: UnitScoreTransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitScoreResponse> {
    return this.scores.transition(blocId, year, unitId, dto, user);
  }
}
