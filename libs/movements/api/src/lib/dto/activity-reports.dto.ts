import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SaveActivityReportRequest } from '@thidua/movements/contracts';
import {
  NoControlCharacters,
  NormalizeNfc,
  ReadVersion,
  emptyToNull,
  intParam,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const MAX_COUNT = 10_000_000;

export class ActivityReportsQueryDto {
  @ApiProperty({ example: 2021 })
  @Transform(intParam)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class SaveActivityReportDto implements SaveActivityReportRequest {
  @ApiProperty()
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: 2021 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ description: 'Thematic sessions held (sinh hoạt chuyên đề)', example: 12 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  sessionsHeld!: number;

  @ApiProperty({ description: 'Conferences held (hội nghị)', example: 3 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  conferencesHeld!: number;

  @ApiProperty({ description: 'Attendances (lượt người tham dự)', example: 640 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  attendees!: number;

  @ApiProperty({ description: 'Members of the unit', example: 60 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  memberCount!: number;

  @ApiProperty({ description: 'Members who took part (at most memberCount)', example: 59 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  participantCount!: number;

  @ApiProperty({ description: 'Exemplary models built (mô hình)', example: 1 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  modelsBuilt!: number;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(4000)
  @NoControlCharacters()
  summary?: string | null;

  @ReadVersion({ of: 'report', first: 0 })
  version!: number;
}
