import {
  type ArgumentMetadata,
  createParamDecorator,
  type ExecutionContext,
  ParseUUIDPipe,
  type PipeTransform,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { Request } from 'express';

import { BLOC_YEAR_PARAM, BlocYearScopeGuard } from './bloc-year-scope.guard';
import { ParseTermYearPipe } from './year.pipe';

/** A bloc and one of its years, as `@BlocYear()` gives them. */
export interface BlocYearParams {
  blocId: string;
  year: number;
}

type RawBlocYear = Record<keyof BlocYearParams, string>;

/**
 * Checks the pair as `@Param(…, ParseUUIDPipe)` and `@Param('year', ParseTermYearPipe)` would. The
 * year is checked before anything is awaited, so its 400 is the one answered when the id or another
 * param is also wrong (Nest answers the param error that settles first), and as the number the
 * global pipe makes of a `year: number` param (see `ParseTermYearPipe`).
 */
class ParseBlocYearPipe implements PipeTransform<RawBlocYear, Promise<BlocYearParams>> {
  private readonly termYear = new ParseTermYearPipe();
  private readonly uuid = new ParseUUIDPipe();

  transform(raw: RawBlocYear, metadata: ArgumentMetadata): Promise<BlocYearParams> {
    const year = this.termYear.transform(Number(raw.year));
    return this.uuid.transform(raw.blocId, metadata).then(() => ({ blocId: raw.blocId, year }));
  }
}

const blocYearOfPath = createParamDecorator(
  (blocParam: string, context: ExecutionContext): RawBlocYear => {
    const { params } = context.switchToHttp().getRequest<Request>();
    return { blocId: params[blocParam], year: params['year'] };
  },
);

/**
 * The `{ blocId, year }` of a `…/:blocId/years/:year…` route; `blocParam` names the id's path
 * param when it is not `blocId`. A malformed id is 400 `common.invalidId`, a year outside 2000–2100
 * 400 `common.invalidYear`. Both path params are documented in the OpenAPI document. A change by a
 * user with no part in that bloc's year is 403 before its body is read (`BlocYearScopeGuard`).
 */
export function BlocYear(blocParam = 'blocId'): ParameterDecorator {
  return (target, key, index) => {
    if (key === undefined) throw new Error('@BlocYear() decorates route handler parameters');
    const handler = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    ApiParam({ name: blocParam, type: String })(target, key, handler);
    ApiParam({ name: 'year', type: Number })(target, key, handler);
    SetMetadata(BLOC_YEAR_PARAM, blocParam)(target, key, handler);
    UseGuards(BlocYearScopeGuard)(target, key, handler);
    blocYearOfPath(blocParam, new ParseBlocYearPipe())(target, key, index);
  };
}
