import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditLogExportQuery,
  type AuditLogQuery,
} from '@thidua/shared/contracts';
import {
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

import { ListQueryDto } from '../database/list-query';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class AuditLogQueryDto extends ListQueryDto implements AuditLogQuery {
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
  @IsString()
  @MaxLength(100)
  actor?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(DAY)
  from?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(DAY)
  to?: string;
}

/** Both days are required and included; the service checks their order and the period's length. */
export class AuditLogExportQueryDto implements AuditLogExportQuery {
  @IsDateString({ strict: true })
  @Matches(DAY)
  from!: string;

  @IsDateString({ strict: true })
  @Matches(DAY)
  to!: string;
}
