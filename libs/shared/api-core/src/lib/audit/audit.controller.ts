import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuditLogEntryResponse, Page } from '@thidua/shared/contracts';
import type { Response } from 'express';

import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, RequirePermissions } from '../auth/auth.decorators';
import { XLSX_TYPE, sendWorkbook } from '../spreadsheets/write-spreadsheet';
import { AuditLogExportQueryDto, AuditLogQueryDto } from './audit-query.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller({ path: 'audit-log', version: '1' })
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermissions('audit.read')
  @ApiOperation({ summary: 'Browse the audit log (admin)' })
  list(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogEntryResponse>> {
    return this.audit.list(query);
  }

  @Get('export')
  @RequirePermissions('audit.read')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({
    summary:
      'The entries of a period as .xlsx (admin; at most 366 days and 20,000 entries; audited)',
  })
  async export(
    @Query() query: AuditLogExportQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.audit.export(query, user);
    sendWorkbook(res, file, `Nhật ký hệ thống ${query.from} đến ${query.to}.xlsx`);
  }
}
