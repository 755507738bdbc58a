import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import type {
  CreateUnitKindRequest,
  CreateUnitRequest,
  UpdateUnitKindRequest,
  UpdateUnitRequest,
} from '@thidua/registry/contracts';
import {
  NoControlCharacters,
  NormalizeText,
  emptyToNull,
  ReadVersion,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const upperCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.normalize('NFC').trim().toUpperCase() : value;

export const UNIT_CODE_PATTERN = /^[\p{L}\p{N}._-]{1,40}$/u;

export class CreateUnitDto implements CreateUnitRequest {
  @ApiProperty({ example: 'BTCTU', description: 'Unique; letters, digits, dot, dash, underscore' })
  @Transform(upperCode)
  @IsString()
  @IsNotEmpty()
  @Matches(UNIT_CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Ban Tổ chức Tỉnh ủy' })
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

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  kindId?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  address?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(120)
  @NoControlCharacters()
  headName?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(120)
  @NoControlCharacters()
  headPosition?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsString()
  @Matches(/^[0-9 +().-]{3,40}$/)
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(120)
  email?: string | null;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) implements UpdateUnitRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isArchived?: boolean;

  @ReadVersion()
  version!: number;
}

export class CreateUnitKindDto implements CreateUnitKindRequest {
  @ApiProperty({ example: 'luc-luong-vu-trang' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z0-9-]{2,40}$/)
  code!: string;

  @ApiProperty({ example: 'Lực lượng vũ trang' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @NoControlCharacters()
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999)
  sortOrder?: number;
}

export class UpdateUnitKindDto implements UpdateUnitKindRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @NoControlCharacters()
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999)
  sortOrder?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @ReadVersion({ of: 'unit kind' })
  version!: number;
}
