import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { MAX_TERM_YEAR, MIN_TERM_YEAR } from '@thidua/registry/contracts';
import { ApiException, type AuthUser } from '@thidua/shared/api-core';
import type { Request } from 'express';

import { BlocAccessService } from '../bloc-access.service';

/** The path param that names the bloc on a `@BlocYear()` route (`blocId` or `id`). */
export const BLOC_YEAR_PARAM = 'thidua:blocYearParam';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a change to a bloc's year from a user who has no part in it (neither its secretariat nor
 * one of its member units), before the body is read: such a caller gets 403 whatever it sends, not
 * the fields' errors. Reads, admins and malformed ids or years (400 from the param's pipe) pass;
 * what a member may change is its service's check.
 */
@Injectable()
export class BlocYearScopeGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: BlocAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = request.user;
    if (READS.has(request.method) || !user || user.role === 'admin') return true;
    const blocParam = this.reflector.get<string>(BLOC_YEAR_PARAM, context.getHandler());
    const blocId = request.params[blocParam ?? 'blocId'] ?? '';
    const year = request.params['year'] ?? '';
    if (!UUID.test(blocId) || !/^\d{4}$/.test(year)) return true;
    if (Number(year) < MIN_TERM_YEAR || Number(year) > MAX_TERM_YEAR) return true;
    if (await this.access.takesPartIn(user, blocId, Number(year))) return true;
    throw new ApiException(403, 'common.forbidden');
  }
}
