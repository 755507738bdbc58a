import { type DynamicModule, Module } from '@nestjs/common';
import { BallotsModule } from '@thidua/ballots/api';
import { DocumentsModule } from '@thidua/documents/api';
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
 * Dashboards, reports and records. Reads every domain's tables; renders PDFs with the documents'
 * `RenderService` (the same `DocumentsModule` registration as the app's, so one render worker).
 */
@Module({})
export class ReportsModule {
  static register(workerPath: string | null): DynamicModule {
    return {
      module: ReportsModule,
      imports: [
        RegistryModule,
        MovementsModule,
        BallotsModule,
        DocumentsModule.register(workerPath),
      ],
      controllers: [ReportsController],
      providers: [
        ReportScopeService,
        DashboardService,
        ReportsService,
        RecordsService,
        ReportExportsService,
      ],
    };
  }
}
