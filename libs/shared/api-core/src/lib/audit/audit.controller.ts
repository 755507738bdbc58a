import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditLogEntryResponse,
  type Page,
} from '@thidua/shared/contracts';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { RequirePermissions } from '../auth/auth.decorators';
import { ListQueryDto } from '../database/list-query';
import { AuditService } from './audit.service';

export class AuditLogQueryDto extends ListQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string;

  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @IsOptional()
  @IsUUID()
  actorId?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}

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
}
