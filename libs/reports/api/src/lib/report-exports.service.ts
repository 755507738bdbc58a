import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RenderService } from '@thidua/documents/api';
import type { ReportFormat } from '@thidua/reports/contracts';
import { documentPlace } from '@thidua/shared/documents';
import type { DownloadFile } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import {
  type ReportIssuer,
  type ReportTable,
  reportDocument,
  reportWorkbook,
} from './report-documents';
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

  async export(
    table: ReportTable,
    scope: ReportScope,
    format: ReportFormat,
  ): Promise<DownloadFile> {
    const buffer =
      format === 'xlsx'
        ? await reportWorkbook(table)
        : await this.render.render({
            kind: 'pdf',
            doc: reportDocument(table, await this.issuer(scope)),
          });
    return { fileName: `${table.fileName}.${format}`, contentType: CONTENT_TYPES[format], buffer };
  }

  /** The board (Sở Nội vụ) for the whole province; the bloc's head unit of the year for a bloc. */
  private async issuer(scope: ReportScope): Promise<ReportIssuer> {
    if (!scope.bloc) {
      return {
        parentAgency: `ỦY BAN NHÂN DÂN TỈNH ${documentPlace().toUpperCase()}`,
        issuingAgency: 'SỞ NỘI VỤ',
        signerTitle: 'TM. SỞ NỘI VỤ',
      };
    }
    const [head]: Array<{ name: string }> = await this.dataSource.query(
      `SELECT u.name FROM bloc_leaderships l JOIN units u ON u.id = l.head_unit_id
        WHERE l.bloc_id = $1 AND l.term_year = $2`,
      [scope.bloc.id, scope.year],
    );
    const issuing = head?.name ?? scope.bloc.name;
    return {
      parentAgency: scope.bloc.name.toUpperCase(),
      issuingAgency: issuing.toUpperCase(),
      signerTitle: `TM. ${issuing.toUpperCase()}`,
    };
  }
}
