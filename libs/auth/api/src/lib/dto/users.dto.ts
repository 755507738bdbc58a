import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  USERNAME_PATTERN,
  type CreateUserRequest,
  type MailSettingsRequest,
  type ResetPasswordRequest,
  type UpdateUserRequest,
  type UserListQuery,
} from '@thidua/auth/contracts';
import { ROLES, type Role } from '@thidua/shared/contracts';
import {
  ListQueryDto,
  NoControlCharacters,
  NormalizeText,
  boolParam,
  emptyToNull,
  ReadVersion,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

import { IsAcceptablePassword } from './auth.dto';

const lowerTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'nguyenvana', description: '3–50 of a-z, 0-9, dot, dash, underscore' })
  @Transform(lowerTrim)
  @IsString()
  @Matches(USERNAME_PATTERN)
  username!: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @NoControlCharacters()
  fullName!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(120)
  email?: string | null;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @ApiProperty()
  @IsString()
  @IsAcceptablePassword()
  password!: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @NoControlCharacters()
  fullName?: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(120)
  email?: string | null;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ description: 'No digest or reminder e-mails' })
  @IsOptional()
  @IsBoolean()
  mailOptOut?: boolean;

  @ReadVersion()
  version!: number;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty()
  @IsString()
  @IsAcceptablePassword()
  newPassword!: string;
}

export class UserListQueryDto extends ListQueryDto implements UserListQuery {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @Transform(boolParam)
  @IsBoolean()
  isActive?: boolean;

  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class MailSettingsDto implements MailSettingsRequest {
  @ApiProperty({ nullable: true, example: 'thuky@example.gov.vn' })
  @Transform(emptyToNull)
  @ValidateIf((_, v) => v !== null)
  @IsEmail()
  @MaxLength(120)
  email!: string | null;

  @ApiProperty({ description: 'No digest or reminder e-mails' })
  @IsBoolean()
  mailOptOut!: boolean;
}
