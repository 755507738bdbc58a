import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DocumentIssuer,
  blocIssuer,
  organisationArea,
  organisationIssuer,
} from '@thidua/registry/api';
import type { ReportFormat } from '@thidua/reports/contracts';
import { type DownloadFile, RenderService } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { type ReportTable, reportDocument, reportWorkbook } from './report-documents';
import type { ReportScope } from './report-scope.service';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Reports as PDF (Nghị định 30/2020, rendered in the worker thread) or as workbooks. */
@Injectable()
export class ReportExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly render: RenderService,
  ) {}

  /** `build` makes the table for the area the organisation covers (the profile's). */
  async export(
    build: (area: string) => ReportTable,
    scope: ReportScope,
    format: ReportFormat,
  ): Promise<DownloadFile> {
    const table = build(await organisationArea(this.dataSource.manager));
    const buffer =
      format === 'xlsx'
        ? await reportWorkbook(table)
        : await this.render.render({
            kind: 'pdf',
            doc: reportDocument(table, await this.issuer(scope)),
          });
    return { fileName: `${table.fileName}.${format}`, contentType: CONTENT_TYPES[format], buffer };
  }

  /** The profile's report signer for the whole area; the bloc's head unit of the year for a bloc. */
  private issuer(scope: ReportScope): Promise<DocumentIssuer> {
    const manager = this.dataSource.manager;
    return scope.bloc
      ? blocIssuer(manager, scope.bloc.id, scope.year, 'report')
      : organisationIssuer(manager, 'report', new Date().toISOString().slice(0, 10));
  }
}
