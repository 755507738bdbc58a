import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateUnitEventRequest,
  LINEAGE_RULE_VALUES,
  type LineageRuleValue,
  type NewUnitOfEvent,
  UNIT_EVENT_KIND_VALUES,
  type UnitEventDecision,
  type UnitEventKindValue,
  type UpdateLineageSettingsRequest,
} from '@thidua/registry/contracts';
import {
  NoControlCharacters,
  NormalizeText,
  ReadVersion,
  emptyToNull,
} from '@thidua/shared/api-core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { UNIT_CODE_PATTERN } from '../dto/units.dto';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const upperCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.normalize('NFC').trim().toUpperCase() : value;

export class UnitEventDecisionDto implements UnitEventDecision {
  @ApiProperty({ example: '1234/QĐ-UBND' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  @NoControlCharacters()
  number!: string;

  @ApiProperty({ example: '2025-06-20' })
  @Matches(DATE_ONLY)
  @IsDateString({ strict: true })
  date!: string;

  @ApiProperty({ example: 'Ủy ban nhân dân tỉnh' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  decidedBy!: string;
}

export class NewUnitOfEventDto implements NewUnitOfEvent {
  @ApiProperty({ example: 'SXD' })
  @Transform(upperCode)
  @IsString()
  @IsNotEmpty()
  @Matches(UNIT_CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Sở Xây dựng' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  name!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(80)
  @NoControlCharacters()
  shortName?: string | null;
}

export class CreateUnitEventDto implements CreateUnitEventRequest {
  @ApiProperty({ enum: UNIT_EVENT_KIND_VALUES })
  @IsIn(UNIT_EVENT_KIND_VALUES)
  kind!: UnitEventKindValue;

  @ApiProperty({ example: '2025-07-01' })
  @Matches(DATE_ONLY)
  @IsDateString({ strict: true })
  effectiveDate!: string;

  @ApiProperty({ type: UnitEventDecisionDto })
  @ValidateNested()
  @Type(() => UnitEventDecisionDto)
  decision!: UnitEventDecisionDto;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(1000)
  @NoControlCharacters()
  note?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  otherSourceIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  targetIds?: string[];

  @ApiPropertyOptional({ type: [NewUnitOfEventDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NewUnitOfEventDto)
  newUnits?: NewUnitOfEventDto[];

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  mainSourceId?: string | null;

  @ApiPropertyOptional({ description: 'rename: the new name' })
  @ValidateIf((o: CreateUnitEventDto) => o.kind === 'rename')
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  newName?: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'move: the new parent' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  newParentId?: string | null;
}

export class UpdateLineageSettingsDto implements UpdateLineageSettingsRequest {
  @ApiProperty({ enum: LINEAGE_RULE_VALUES })
  @IsIn(LINEAGE_RULE_VALUES)
  rule!: LineageRuleValue;

  @ApiProperty({ example: 'Công văn hướng dẫn của Ban Thi đua – Khen thưởng Trung ương' })
  @NormalizeText()
  @IsString()
  @MaxLength(500)
  @NoControlCharacters()
  citation!: string;

  @ReadVersion({ of: 'settings' })
  version!: number;
}
