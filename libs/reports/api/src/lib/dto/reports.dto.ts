import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AWARD_REPORT_GROUPS,
  type AwardReportGroup,
  type AwardsReportQuery,
  type DashboardQuery,
  type MovementReportQuery,
  REPORT_FORMATS,
  type ReportFormat,
} from '@thidua/reports/contracts';
import { intParam } from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class DashboardQueryDto implements DashboardQuery {
  @ApiProperty({ example: 2023 })
  @Transform(intParam)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ description: 'One bloc; every bloc when absent (board, viewers)' })
  @IsOptional()
  @IsUUID()
  blocId?: string;
}

export class AwardsReportQueryDto extends DashboardQueryDto implements AwardsReportQuery {
  @ApiPropertyOptional({ enum: AWARD_REPORT_GROUPS, default: 'award' })
  @IsOptional()
  @IsIn(AWARD_REPORT_GROUPS)
  groupBy?: AwardReportGroup;
}

export class MovementReportQueryDto extends DashboardQueryDto implements MovementReportQuery {
  @ApiProperty()
  @IsUUID()
  movementId!: string;
}

export class AwardsExportQueryDto extends AwardsReportQueryDto {
  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS)
  format!: ReportFormat;
}

export class MovementExportQueryDto extends MovementReportQueryDto {
  @ApiProperty({ enum: REPORT_FORMATS })
  @IsIn(REPORT_FORMATS)
  format!: ReportFormat;
}
