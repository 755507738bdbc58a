import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  AwardsReportResponse,
  DashboardResponse,
  ParticipationReportResponse,
  PersonRecordResponse,
  TargetsReportResponse,
  UnitRecordResponse,
} from '@thidua/reports/contracts';
import {
  type AuthUser,
  CurrentUser,
  RequirePermissions,
  sendDownload,
} from '@thidua/shared/api-core';
import type { Response } from 'express';

import { DashboardService } from './dashboard.service';
import {
  AwardsExportQueryDto,
  AwardsReportQueryDto,
  DashboardQueryDto,
  MovementExportQueryDto,
  MovementReportQueryDto,
} from './dto/reports.dto';
import { RecordsService } from './records.service';
import { awardsTable, participationTable, targetsTable } from './report-documents';
import { ReportExportsService } from './report-exports.service';
import { ReportScopeService } from './report-scope.service';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ version: '1' })
export class ReportsController {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly dashboards: DashboardService,
    private readonly reports: ReportsService,
    private readonly records: RecordsService,
    private readonly exports: ReportExportsService,
  ) {}

  @Get('dashboard')
  @ApiOperation({
    summary:
      'The year at a glance: every bloc (board, viewers) or one bloc (its secretariat; another bloc 403)',
  })
  async dashboard(
    @Query() query: DashboardQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DashboardResponse> {
    return this.dashboards.dashboard(await this.scopes.resolve(user, query.year, query.blocId));
  }

  @Get('reports/awards')
  @ApiOperation({
    summary: 'Awards of a year by award, bloc or unit (unit: with blocId) × beneficiary kind',
  })
  async awards(
    @Query() query: AwardsReportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardsReportResponse> {
    const scope = await this.scopes.resolve(user, query.year, query.blocId);
    return this.reports.awards(scope, query.groupBy);
  }

  @Get('reports/awards/export')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOperation({ summary: 'The awards report as PDF (Nghị định 30/2020) or XLSX' })
  async exportAwards(
    @Query() query: AwardsExportQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const scope = await this.scopes.resolve(user, query.year, query.blocId);
    const report = await this.reports.awards(scope, query.groupBy);
    sendDownload(
      res,
      await this.exports.export((area) => awardsTable(report, area), scope, query.format),
    );
  }

  @Get('reports/participation')
  @ApiOperation({
    summary: "A movement's participation figures of a year, unit by unit, with who is late",
  })
  async participation(
    @Query() query: MovementReportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ParticipationReportResponse> {
    const scope = await this.scopes.resolve(user, query.year, query.blocId);
    return this.reports.participation(scope, query.movementId, user);
  }

  @Get('reports/participation/export')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOperation({ summary: 'The participation report as PDF (Nghị định 30/2020) or XLSX' })
  async exportParticipation(
    @Query() query: MovementExportQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const scope = await this.scopes.resolve(user, query.year, query.blocId);
    const report = await this.reports.participation(scope, query.movementId, user);
    sendDownload(
      res,
      await this.exports.export((area) => participationTable(report, area), scope, query.format),
    );
  }

  @Get('reports/targets')
  @ApiOperation({ summary: "A movement's targets against the units' results and pledged targets" })
  async targets(
    @Query() query: MovementReportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TargetsReportResponse> {
    const scope = await this.scopes.resolve(user, query.year, query.blocId);
    return this.reports.targets(scope, query.movementId, user);
  }

  @Get('reports/targets/export')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOperation({ summary: 'The targets report as PDF (Nghị định 30/2020) or XLSX' })
  async exportTargets(
    @Query() query: MovementExportQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const scope = await this.scopes.resolve(user, query.year, query.blocId);
    const report = await this.reports.targets(scope, query.movementId, user);
    sendDownload(
      res,
      await this.exports.export((area) => targetsTable(report, area), scope, query.format),
    );
  }

  @Get('reports/units/:id')
  @ApiOperation({
    summary:
      "A unit's whole record: blocs by year, head/deputy years, pledges, nominations, ballots, awards, activity reports",
  })
  unitRecord(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitRecordResponse> {
    return this.records.unit(id, user);
  }

  @Get('reports/people/:id')
  @ApiOperation({ summary: "A person's nominations and awards" })
  personRecord(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<PersonRecordResponse> {
    return this.records.person(id, user);
  }
}
