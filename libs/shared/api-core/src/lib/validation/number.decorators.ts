import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * At most `places` decimal places. Replaces class-validator's `maxDecimalPlaces`, which throws (a
 * 500) on numbers JSON writes with an exponent, such as `1e-7`.
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

export function hasAtMostPlaces(value: number, places: number): boolean {
  return Number(value.toFixed(places)) === value;
}
