import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NUMBERED_KINDS,
  type NumberedKind,
  type OutgoingNumbersQuery,
  type TakeOutgoingNumberRequest,
} from '@thidua/registry/contracts';
import {
  ListQueryDto,
  NoControlCharacters,
  NormalizeText,
  intParam,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  IsDateString,
  IsIn,
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

export class TakeOutgoingNumberDto implements TakeOutgoingNumberRequest {
  @ApiProperty({ enum: NUMBERED_KINDS, example: 'decision' })
  @IsIn(NUMBERED_KINDS)
  documentKind!: NumberedKind;

  @ApiProperty({ example: '2024-12-30' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  documentDate!: string;

  @ApiPropertyOptional({ example: 'ubnd' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  bodyCode?: string;

  @ApiPropertyOptional({ description: "A bloc's own register (its cover letters, its minutes)" })
  @IsOptional()
  @IsUUID()
  blocId?: string;

  @ApiProperty({ example: 'Về việc tặng Bằng khen năm 2024' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  subject!: string;
}

export class OutgoingNumbersQueryDto extends ListQueryDto implements OutgoingNumbersQuery {
  @IsOptional()
  @IsString()
  @MaxLength(60)
  bodyCode?: string;

  @IsOptional()
  @Transform(intParam)
  @IsInt()
  @Min(1900)
  @Max(9999)
  year?: number;
}
