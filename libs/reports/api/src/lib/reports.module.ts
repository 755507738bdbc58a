import { Module } from '@nestjs/common';
import { BallotsModule } from '@thidua/ballots/api';
import { MovementsModule } from '@thidua/movements/api';
import { RegistryModule } from '@thidua/registry/api';

import './reports.messages';
import { DashboardService } from './dashboard.service';
import { RecordsService } from './records.service';
import { ReportExportsService } from './report-exports.service';
import { ReportScopeService } from './report-scope.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/**
 * Dashboards, reports and records. Reads every domain's tables; renders PDFs with the global
 * `RenderService` (the app's render pool).
 */
@Module({
  imports: [RegistryModule, MovementsModule, BallotsModule],
  controllers: [ReportsController],
  providers: [
    ReportScopeService,
    DashboardService,
    ReportsService,
    RecordsService,
    ReportExportsService,
  ],
})
export class ReportsModule {}
