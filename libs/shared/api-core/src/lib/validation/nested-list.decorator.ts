import { applyDecorators, type Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, ValidateNested } from 'class-validator';

export interface NestedListOptions {
  /** Most items taken (a body has a bound, always). */
  max: number;
  /** Fewest items; none by default. */
  min?: number;
  /** The field may be left out. */
  optional?: boolean;
}

/** A list of objects of `item`, each validated with its own rules, at most `max` of them. */
export function NestedList(item: Class<unknown>, options: NestedListOptions): PropertyDecorator {
  return applyDecorators(
    options.optional ? ApiPropertyOptional({ type: [item] }) : ApiProperty({ type: [item] }),
    ...(options.optional ? [IsOptional()] : []),
    IsArray(),
    ...(options.min !== undefined ? [ArrayMinSize(options.min)] : []),
    ArrayMaxSize(options.max),
    ValidateNested({ each: true }),
    Type(() => item),
  );
}
