import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { BlocYear, type BlocYearParams } from '@thidua/registry/api';
import type { TargetComparisonResponse } from '@thidua/scoring/contracts';
import { RequirePermissions, sendDownload } from '@thidua/shared/api-core';
import type { Response } from 'express';

import { RankingQueryDto } from './dto/scoring.dto';
import { RankingExportService } from './ranking-export.service';
import { RankingService } from './ranking.service';

@ApiTags('scoring')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'blocs/:blocId/years/:year', version: '1' })
export class RankingController {
  constructor(
    private readonly ranking: RankingService,
    private readonly exports: RankingExportService,
  ) {}

  @Get('ranking')
  @ApiProduces(
    'application/json',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOperation({
    summary:
      'Totals and ranking `{items: [{rank, unit, total, groups, bonus, penalty, isTiedForBallot, leadsBloc}]}` (final once locked); `?format=xlsx|pdf` for the table (PDF in the Nghị định 30/2020 format)',
  })
  async get(
    @BlocYear() { blocId, year }: BlocYearParams,
    @Query() query: RankingQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const format = query.format ?? 'json';
    if (format === 'json') {
      res.json(await this.ranking.ranking(blocId, year));
      return;
    }
    const file = await this.exports.render(blocId, year, format);
    sendDownload(res, file);
  }

  @Get('target-comparison')
  @ApiOperation({
    summary:
      "Each unit's pledged targets beside its reported results and its points on the pledge's criteria",
  })
  comparison(@BlocYear() { blocId, year }: BlocYearParams): Promise<TargetComparisonResponse> {
    return this.ranking.comparison(blocId, year);
  }
}
