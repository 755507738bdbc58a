import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { blocIssuer } from '@thidua/registry/api';
import { type DownloadFile, RenderService } from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { buildRankingDocument, buildRankingWorkbook } from './ranking-documents';
import { RankingService } from './ranking.service';
import { ScoringRepository } from './scoring.repository';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The ranking table as PDF (Nghị định 30/2020, issued by the head unit) or XLSX. */
@Injectable()
export class RankingExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ranking: RankingService,
    private readonly repo: ScoringRepository,
    private readonly renderer: RenderService,
  ) {}

  async render(blocId: string, year: number, format: 'pdf' | 'xlsx'): Promise<DownloadFile> {
    const manager = this.dataSource.manager;
    const ranking = await this.ranking.ranking(blocId, year, manager);
    let buffer: Buffer;
    if (format === 'xlsx') buffer = await buildRankingWorkbook(ranking);
    else {
      const sheet = await this.repo.findSheet(manager, blocId, year);
      const issuer = await blocIssuer(manager, blocId, year, 'ranking');
      const doc = buildRankingDocument(ranking, issuer, sheet.lockedAt ?? new Date());
      buffer = await this.renderer.render({ kind: 'pdf', doc });
    }
    const fileName = `Bảng xếp hạng thi đua năm ${year} - ${ranking.bloc.name}.${format}`;
    return {
      buffer,
      contentType: CONTENT_TYPES[format],
      fileName,
    };
  }
}
