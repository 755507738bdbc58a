import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  API_KEY_DEFAULT_RATE_LIMIT,
  API_KEY_MAX_RATE_LIMIT,
  API_KEY_NAME_MAX,
  API_KEY_SCOPES,
  type ApiKeyScope,
  type CreateApiKeyRequest,
} from '@thidua/shared/contracts';
import { NoControlCharacters, NormalizeText, emptyToNull } from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class CreateApiKeyDto implements CreateApiKeyRequest {
  @ApiProperty({ example: 'Hệ thống quản lý văn bản', maxLength: API_KEY_NAME_MAX })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(API_KEY_NAME_MAX)
  @NoControlCharacters()
  name!: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['registry:read', 'awards:read'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes!: ApiKeyScope[];

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: "The unit the key acts for, as that unit's account; needed by nominations:write",
  })
  @IsOptional()
  @Transform(emptyToNull)
  @IsUUID()
  unitId?: string | null;

  @ApiProperty({
    example: '2026-12-31T23:59:59+07:00',
    description: 'In the future, at most 2 years',
  })
  @IsISO8601({ strict: true })
  expiresAt!: string;

  @ApiPropertyOptional({ default: API_KEY_DEFAULT_RATE_LIMIT, minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(API_KEY_MAX_RATE_LIMIT)
  rateLimitPerMinute?: number;
}
