import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MOVEMENT_KINDS,
  MOVEMENT_STATUSES,
  type MovementKind,
  type MovementListQuery,
  type MovementStatus,
  type MovementTarget,
  type MovementTransition,
  type MovementTransitionRequest,
  type ReportMovementResultRequest,
  type SaveExemplaryModelRequest,
  type SaveMovementRequest,
  type UpdateMovementRequest,
} from '@thidua/movements/contracts';
import {
  DecimalNumber,
  ListQueryDto,
  NestedList,
  NoControlCharacters,
  NormalizeNfc,
  NormalizeText,
  ReadVersion,
  emptyToNull,
  intParam,
  nfcList,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class MovementTargetDto implements MovementTarget {
  @IsOptional()
  @IsUUID()
  id?: string;

  @NormalizeNfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @NoControlCharacters()
  content!: string;

  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(100)
  @NoControlCharacters()
  measure!: string | null;

  @IsOptional()
  @DecimalNumber(2)
  @Min(0)
  @Max(999_999_999_999)
  targetValue!: number | null;
}

export class SaveMovementDto implements SaveMovementRequest {
  @ApiProperty({ enum: MOVEMENT_KINDS })
  @IsIn(MOVEMENT_KINDS)
  kind!: MovementKind;

  @ApiProperty({
    example: '90 ngày lao động xuất sắc, lập thành tích chào mừng kỷ niệm ngày thành lập tỉnh',
  })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(500)
  @NoControlCharacters()
  slogan?: string | null;

  @ApiProperty({ example: 'Khối thi đua các cơ quan Tỉnh ủy' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  launchingAuthority!: string;

  @ApiPropertyOptional({ nullable: true, example: '2021-07-03' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsDateString({ strict: true })
  launchDate?: string | null;

  @ApiProperty({ example: '2021-07-03' })
  @IsDateString({ strict: true })
  startDate!: string;

  @ApiProperty({ example: '2021-10-01' })
  @IsDateString({ strict: true })
  endDate!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['30 năm tái lập tỉnh (01/10/1991 - 01/10/2021)'],
  })
  @IsOptional()
  @Transform(nfcList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  @NoControlCharacters({ each: true })
  anniversaries?: string[];

  @NestedList(MovementTargetDto, { optional: true, max: 100 })
  targets?: MovementTargetDto[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  blocIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsDateString({ strict: true })
  midYearReviewDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsDateString({ strict: true })
  yearEndReviewDate?: string | null;
}

export class UpdateMovementDto extends SaveMovementDto implements UpdateMovementRequest {
  @ReadVersion()
  version!: number;
}

export class MovementTransitionDto implements MovementTransitionRequest {
  @ApiProperty({ enum: ['launch', 'end', 'reopen'] })
  @IsIn(['launch', 'end', 'reopen'])
  action!: MovementTransition;

  @ReadVersion()
  version!: number;
}

export class ResultItemDto {
  @IsUUID()
  targetId!: string;

  @IsOptional()
  @DecimalNumber(2)
  @Min(0)
  @Max(999_999_999_999)
  value!: number | null;

  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(2000)
  @NoControlCharacters()
  note?: string | null;

  @ReadVersion({ of: 'result', first: 0 })
  version!: number;
}

export class ReportMovementResultDto implements ReportMovementResultRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId!: string;

  @NestedList(ResultItemDto, { max: 100 })
  results!: ResultItemDto[];
}

export class SaveExemplaryModelDto implements SaveExemplaryModelRequest {
  @ApiProperty()
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(4000)
  @NoControlCharacters()
  description?: string | null;

  @ApiProperty({ example: '2021-09-15' })
  @IsDateString({ strict: true })
  recognizedOn!: string;
}

export class MovementListQueryDto extends ListQueryDto implements MovementListQuery {
  @IsOptional()
  @IsIn(MOVEMENT_KINDS)
  kind?: MovementKind;

  @IsOptional()
  @IsIn(MOVEMENT_STATUSES)
  status?: MovementStatus;

  @IsOptional()
  @Transform(intParam)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @IsOptional()
  @IsUUID()
  blocId?: string;
}
