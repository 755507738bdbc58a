import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ActivityReportsResponse } from '@thidua/movements/contracts';
import { type AuthUser, CurrentUser, RequirePermissions } from '@thidua/shared/api-core';

import { ActivityReportsService } from './activity-reports.service';
import { ActivityReportsQueryDto, SaveActivityReportDto } from './dto/activity-reports.dto';

@ApiTags('movements')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'movements/:id/activity-reports', version: '1' })
export class ActivityReportsController {
  constructor(private readonly reports: ActivityReportsService) {}

  @Get()
  @ApiOperation({
    summary:
      "A year's activity reports: every participating unit with its state (onTime, late, pending, overdue)",
  })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ActivityReportsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ActivityReportsResponse> {
    return this.reports.list(id, query.year, user);
  }

  @Put()
  @ApiOperation({
    summary:
      "Send or replace a unit's report of the year (the unit's users for their unit; admin any participant)",
  })
  save(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveActivityReportDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ActivityReportsResponse> {
    return this.reports.save(id, dto, user);
  }
}
