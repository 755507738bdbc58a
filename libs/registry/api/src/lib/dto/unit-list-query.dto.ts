import { ListQueryDto, boolParam } from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

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
}
