import { Injectable, type PipeTransform } from '@nestjs/common';
import { MAX_TERM_YEAR, MIN_TERM_YEAR } from '@thidua/registry/contracts';
import { ApiException } from '@thidua/shared/api-core';

/**
 * Parses `:year` as an emulation year (2000–2100); anything else is 400. On a `year: number`
 * param the global pipe has already made it a number, so `2024.0` comes in as 2024.
 */
@Injectable()
export class ParseTermYearPipe implements PipeTransform<string | number, number> {
  transform(value: string | number): number {
    const year = /^\d{4}$/.test(String(value)) ? Number(value) : NaN;
    if (!(year >= MIN_TERM_YEAR && year <= MAX_TERM_YEAR)) {
      throw new ApiException(400, 'common.invalidYear', { min: MIN_TERM_YEAR, max: MAX_TERM_YEAR });
    }
    return year;
  }
}
