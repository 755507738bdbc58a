import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  BLOC_KINDS,
  type BlocKind,
  type CreateBlocRequest,
  MAX_TERM_YEAR,
  MIN_TERM_YEAR,
  type PutBlocLeadershipRequest,
  type PutBlocMembersRequest,
  type UpdateBlocRequest,
  CopyPreviousBlocYearRequest,
} from '@thidua/registry/contracts';
import {
  ListQueryDto,
  NoControlCharacters,
  NormalizeNfc,
  NormalizeText,
  boolParam,
  intParam,
  emptyToNull,
  ReadVersion,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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

export class CreateBlocDto implements CreateBlocRequest {
  @ApiProperty({ example: 'Khối thi đua các cơ quan Tỉnh ủy' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  name!: string;

  @ApiProperty({ enum: BLOC_KINDS })
  @IsIn(BLOC_KINDS)
  kind!: BlocKind;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(2000)
  @NoControlCharacters()
  description?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  managingAuthority?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Rotation planner N; null = members − 1' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  headCooldownYears?: number | null;
}

export class UpdateBlocDto extends PartialType(CreateBlocDto) implements UpdateBlocRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isArchived?: boolean;

  @ReadVersion()
  version!: number;
}

export class BlocListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(BLOC_KINDS)
  kind?: BlocKind;

  @IsOptional()
  @Transform(boolParam)
  @IsBoolean()
  isArchived?: boolean;

  @IsOptional()
  @Transform(intParam)
  @IsInt()
  @Min(MIN_TERM_YEAR)
  @Max(MAX_TERM_YEAR)
  year?: number;
}

export class BlocExportQueryDto {
  @IsOptional()
  @Transform(intParam)
  @IsInt()
  @Min(MIN_TERM_YEAR)
  @Max(MAX_TERM_YEAR)
  year?: number;
}

export class PutBlocMembersDto implements PutBlocMembersRequest {
  @ApiProperty({
    type: [String],
    description: 'The whole member list; its order is the rotation order',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  unitIds!: string[];

  @ApiPropertyOptional({ nullable: true, example: '2024-07-01' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsDateString({ strict: true })
  effectiveDate?: string | null;

  @ReadVersion({ of: 'year', first: 0 })
  version!: number;
}

export class PutBlocLeadershipDto implements PutBlocLeadershipRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  headUnitId!: string;

  @ApiProperty({ format: 'uuid', nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  deputyUnitId!: string | null;

  @ReadVersion({ of: 'year', first: 0 })
  version!: number;
}

export class CopyPreviousBlocYearDto implements CopyPreviousBlocYearRequest {
  @ReadVersion({ of: 'year', first: 0 })
  version!: number;
}
