import { MAX_TERM_YEAR, MIN_TERM_YEAR } from '@thidua/registry/contracts';
import { ListQueryDto, boolParam, intParam } from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class UnitListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  kindId?: string;

  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsOptional()
  @Transform(boolParam)
  @IsBoolean()
  isArchived?: boolean;

  /** Units that are members of this bloc (in `year`, or in any year). */
  @IsOptional()
  @IsUUID()
  blocId?: string;

  @IsOptional()
  @Transform(intParam)
  @IsInt()
  @Min(MIN_TERM_YEAR)
  @Max(MAX_TERM_YEAR)
  year?: number;

  /** Units that belong to no bloc in this year (candidates to add). */
  @IsOptional()
  @Transform(intParam)
  @IsInt()
  @Min(MIN_TERM_YEAR)
  @Max(MAX_TERM_YEAR)
  withoutBlocIn?: number;
}

export class UnitTreeQueryDto {
  @IsOptional()
  @Transform(boolParam)
  @IsBoolean()
  includeArchived?: boolean;
}
