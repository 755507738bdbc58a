import type { ChangePasswordRequest, LoginRequest } from '@thidua/auth/contracts';
import { checkPasswordStrength } from '@thidua/auth/contracts';
import { NoControlCharacters } from '@thidua/shared/api-core';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, registerDecorator } from 'class-validator';

/** Passwords: 8–128 characters with a letter and a digit (`checkPasswordStrength`). */
export function IsAcceptablePassword(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isStrongPassword',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && checkPasswordStrength(value) === null,
        defaultMessage: () => 'password too weak',
      },
    });
}

const lowerTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin' })
  @Transform(lowerTrim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @NoControlCharacters()
  username!: string;

  @ApiProperty({ example: 'ThiDua@2024' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  currentPassword!: string;

  @ApiProperty({ description: '8–128 characters with a letter and a digit' })
  @IsString()
  @IsAcceptablePassword()
  newPassword!: string;
}
