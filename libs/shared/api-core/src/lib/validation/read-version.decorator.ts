import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

export interface ReadVersionOptions {
  /** What the version belongs to, for the API docs ("the ballot's version"). */
  of?: string;
  /** 0 for records made by their first change (a bloc's year, a unit's registration). */
  first?: 0 | 1;
  /** Shared create-or-update bodies: the service wants it on update (`checkVersion`). */
  optional?: boolean;
}

/** The `version` a change carries: the one the client read (see `checkVersion`). */
export function ReadVersion(options: ReadVersionOptions = {}): PropertyDecorator {
  const first = options.first ?? 1;
  const description =
    `The ${options.of ? `${options.of}'s ` : ''}version that was read` +
    (first === 0 ? ' (0 before its first change)' : '') +
    '; a stale one gets 409 common.staleVersion';
  return applyDecorators(
    options.optional ? ApiPropertyOptional({ description }) : ApiProperty({ description }),
    ...(options.optional ? [IsOptional()] : []),
    IsInt(),
    Min(first),
  );
}
