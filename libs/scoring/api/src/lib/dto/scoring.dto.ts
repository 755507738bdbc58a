import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SCORE_SCALES,
  TIE_BREAKS,
  UNIT_SCORE_ACTIONS,
  type RankingFormat,
  type SaveAdjustmentsRequest,
  type SaveScoreSheetRequest,
  type SaveSelfAssessmentRequest,
  type ScoreAdjustmentRequest,
  type ScoreEntryRequest,
  type ScoreGroup,
  type ScoreItem,
  type ScoreScale,
  type TieBreak,
  type UnitScoreAction,
  type UnitScoreTransitionRequest,
} from '@thidua/scoring/contracts';
import {
  DecimalNumber,
  NestedList,
  NoControlCharacters,
  NormalizeNfc,
  NormalizeText,
  ReadVersion,
  emptyToNull,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class ScoreItemDto implements ScoreItem {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing item (keeps its scores)' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'Hoàn thành 100% chỉ tiêu, nhiệm vụ chuyên môn được giao' })
  @NormalizeNfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @NoControlCharacters()
  content!: string;

  @ApiProperty({
    example: 20,
    description: 'Maximum of a criterion, or cap of a bonus/penalty item',
  })
  @DecimalNumber(2)
  @Min(0.01)
  @Max(1000)
  maxPoints!: number;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(2000)
  @NoControlCharacters()
  guidance?: string | null;
}

export class ScoreGroupDto implements ScoreGroup {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'I. Thực hiện nhiệm vụ chính trị, chuyên môn' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  title!: string;

  @NestedList(ScoreItemDto, { min: 1, max: 60 })
  criteria!: ScoreItemDto[];
}

export class SaveScoreSheetDto implements SaveScoreSheetRequest {
  @ApiProperty({ enum: SCORE_SCALES })
  @IsIn(SCORE_SCALES)
  scale!: ScoreScale;

  @NestedList(ScoreGroupDto, { min: 1, max: 20 })
  groups!: ScoreGroupDto[];

  @NestedList(ScoreItemDto, { max: 40 })
  bonusItems!: ScoreItemDto[];

  @NestedList(ScoreItemDto, { max: 40 })
  penaltyItems!: ScoreItemDto[];

  @ApiPropertyOptional({ nullable: true, example: 5 })
  @IsOptional()
  @DecimalNumber(2)
  @Min(0)
  @Max(1000)
  bonusCap!: number | null;

  @ApiPropertyOptional({ nullable: true, example: 10 })
  @IsOptional()
  @DecimalNumber(2)
  @Min(0)
  @Max(1000)
  penaltyCap!: number | null;

  @ApiProperty({ enum: TIE_BREAKS, isArray: true, example: ['firstGroup', 'fewerPenalties'] })
  @IsArray()
  @ArrayMaxSize(TIE_BREAKS.length)
  @IsIn(TIE_BREAKS, { each: true })
  tieBreaks!: TieBreak[];

  @ReadVersion({ of: 'sheet', first: 0 })
  version!: number;
}

export class CreateSheetFromDto {
  @ApiPropertyOptional({
    enum: SCORE_SCALES,
    description: 'Scale of a sheet from the pledge (default 100)',
  })
  @IsOptional()
  @IsIn(SCORE_SCALES)
  scale?: ScoreScale;
}

export class ScoreEntryDto implements ScoreEntryRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  itemId!: string;

  @ApiProperty({ nullable: true, example: 18.5 })
  @IsOptional()
  @DecimalNumber(2)
  @Min(0)
  points!: number | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(2000)
  @NoControlCharacters()
  explanation?: string | null;
}

export class SaveSelfAssessmentDto implements SaveSelfAssessmentRequest {
  @NestedList(ScoreEntryDto, { max: 200 })
  entries!: ScoreEntryDto[];

  @ReadVersion({ of: 'card' })
  version!: number;
}

export class ScoreAdjustmentDto implements ScoreAdjustmentRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  itemId!: string;

  @ApiProperty({ example: 17 })
  @DecimalNumber(2)
  @Min(0)
  points!: number;

  @ApiProperty({ example: 'Chưa có minh chứng hoàn thành chỉ tiêu thứ hai' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @NoControlCharacters()
  reason!: string;
}

export class SaveAdjustmentsDto implements SaveAdjustmentsRequest {
  @NestedList(ScoreAdjustmentDto, { max: 200 })
  adjustments!: ScoreAdjustmentDto[];

  @ReadVersion({ of: 'card' })
  version!: number;
}

export class UnitScoreTransitionDto implements UnitScoreTransitionRequest {
  @ApiProperty({ enum: UNIT_SCORE_ACTIONS })
  @IsIn(UNIT_SCORE_ACTIONS)
  action!: UnitScoreAction;

  @ApiPropertyOptional({ nullable: true, description: 'Required to return a card' })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(1000)
  @NoControlCharacters()
  reason?: string | null;

  @ReadVersion({ of: 'card' })
  version!: number;
}

export class SheetVersionDto {
  @ReadVersion({ of: 'sheet' })
  version!: number;
}

export class EvidenceQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The criterion (or bonus item) the evidence is for' })
  @IsUUID()
  itemId!: string;
}

export class RankingQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'xlsx', 'pdf'] })
  @IsOptional()
  @IsIn(['json', 'xlsx', 'pdf'])
  format?: RankingFormat;
}
