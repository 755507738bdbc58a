import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLEARANCE_ANSWERS,
  type AnswerClearanceRequest,
  type ClearanceAnswer,
  type ClearanceOverrideRequest,
  type CreateClearanceRequest,
  REVIEW_FLAG_KINDS,
  type ReviewFlagKind,
} from '@thidua/awards/contracts';
import {
  NoControlCharacters,
  NormalizeNfc,
  NormalizeText,
  ReadVersion,
  emptyToNull,
  intParam,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  ValidateIf,
} from 'class-validator';

export class CreateClearanceDto implements CreateClearanceRequest {
  @ApiProperty({ example: 'Xác nhận danh sách khen thưởng năm 2026' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoControlCharacters()
  title!: string;

  @ApiProperty() @IsInt() @Min(2000) @Max(2100) year!: number;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'Or nominationIds' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  awardListId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'A batch, when no awardListId' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  nominationIds?: string[];

  @ApiProperty({ type: [String], description: 'The offices asked (units of the registry)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  officeIds!: string[];

  @ApiProperty({ example: '2026-12-10' }) @IsDateString({ strict: true }) dueDate!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(2000)
  @NoControlCharacters()
  note?: string | null;
}

export class AnswerClearanceDto implements AnswerClearanceRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() nominationId!: string;

  @ApiProperty({ enum: CLEARANCE_ANSWERS }) @IsIn(CLEARANCE_ANSWERS) answer!: ClearanceAnswer;

  @ApiPropertyOptional({
    enum: REVIEW_FLAG_KINDS,
    nullable: true,
    description: 'With an objection',
  })
  @Transform(emptyToNull)
  @ValidateIf((o: AnswerClearanceDto) => o.answer === 'objection' || o.flagKind != null)
  @IsIn(REVIEW_FLAG_KINDS)
  flagKind?: ReviewFlagKind | null;

  @ApiPropertyOptional({ nullable: true, description: 'Required with an objection' })
  @Transform(emptyToNull)
  @ValidateIf((o: AnswerClearanceDto) => o.answer === 'objection' || o.reason != null)
  @NormalizeNfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @NoControlCharacters()
  reason?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  attachmentId?: string | null;

  @ReadVersion({ of: 'answer', first: 0 })
  version!: number;
}

export class ClearanceOverrideDto implements ClearanceOverrideRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() nominationId!: string;

  @ApiProperty({ example: 'Hội đồng xét: vụ việc đã được kết luận, không có vi phạm' })
  @NormalizeNfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @NoControlCharacters()
  reason!: string;
}

export class ClearanceQueryDto {
  @IsOptional() @Transform(intParam) @IsInt() @Min(2000) @Max(2100) year?: number;
}
