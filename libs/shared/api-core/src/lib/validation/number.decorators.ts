import { applyDecorators } from '@nestjs/common';
import { IsNumber, registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * At most `places` decimal places. Replaces class-validator's `maxDecimalPlaces`, which throws (a
 * 500) on numbers JSON writes with an exponent, such as `1e-7` (a test of the API's DTOs refuses it:
 * `apps/api-e2e/src/foundation/validation-messages.spec.ts`).
 */
export function MaxDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'maxDecimalPlaces',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [places],
      options: { message: `$property must have at most ${places} decimal places`, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && hasAtMostPlaces(value, places),
      },
    });
}

/** The one rule for a decimal field of a DTO: a finite number with at most `places` decimals. */
export function DecimalNumber(places: number): PropertyDecorator {
  return applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    MaxDecimalPlaces(places),
  );
}

export function hasAtMostPlaces(value: number, places: number): boolean {
  return Number(value.toFixed(places)) === value;
}
