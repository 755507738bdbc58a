import type { ExecutionContext } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { AuthUser } from '@thidua/shared/api-core';

import type { BlocAccessService } from '../bloc-access.service';
import { BLOC_YEAR_PARAM, BlocYearScopeGuard } from './bloc-year-scope.guard';
import { BlocYear, type BlocYearParams } from './bloc-year.decorator';

const BLOC = '4edbdd5c-063f-4552-a4b7-e3ffdf5e118a';

class PledgesController {
  save(@BlocYear() params: BlocYearParams) {
    return params;
  }

  members(@BlocYear('id') params: BlocYearParams) {
    return params;
  }
}

function context(
  handler: keyof PledgesController,
  method: string,
  params: Record<string, string>,
  user?: Partial<AuthUser>,
): ExecutionContext {
  return {
    getHandler: () => PledgesController.prototype[handler],
    switchToHttp: () => ({ getRequest: () => ({ method, params, user }) }),
  } as unknown as ExecutionContext;
}

describe('BlocYearScopeGuard', () => {
  const takesPartIn = jest.fn();
  const guard = new BlocYearScopeGuard(new Reflector(), {
    takesPartIn,
  } as unknown as BlocAccessService);
  const secretariat = { role: 'secretariat', unitId: 'u-stc' } as const;

  beforeEach(() => takesPartIn.mockReset());

  it('should be on every @BlocYear() route, with the name of its bloc param', () => {
    expect(Reflect.getMetadata(GUARDS_METADATA, PledgesController.prototype.save)).toEqual([
      BlocYearScopeGuard,
    ]);
    expect(Reflect.getMetadata(BLOC_YEAR_PARAM, PledgesController.prototype.members)).toBe('id');
  });

  it('should let reads, admins and malformed params through (the pipe answers 400)', async () => {
    const year = { blocId: BLOC, year: '2024' };
    await expect(guard.canActivate(context('save', 'GET', year, secretariat))).resolves.toBe(true);
    await expect(guard.canActivate(context('save', 'PUT', year, { role: 'admin' }))).resolves.toBe(
      true,
    );
    for (const params of [
      { blocId: 'x', year: '2024' },
      { blocId: BLOC, year: '24' },
      { blocId: BLOC, year: '1999' },
    ]) {
      await expect(guard.canActivate(context('save', 'PUT', params, secretariat))).resolves.toBe(
        true,
      );
    }
    expect(takesPartIn).not.toHaveBeenCalled();
  });

  it('should refuse a change from one with no part in the bloc’s year, and pass a member', async () => {
    takesPartIn.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    await expect(
      guard.canActivate(context('members', 'PUT', { id: BLOC, year: '2024' }, secretariat)),
    ).rejects.toMatchObject({ status: 403 });
    expect(takesPartIn).toHaveBeenLastCalledWith(secretariat, BLOC, 2024);
    await expect(
      guard.canActivate(context('save', 'POST', { blocId: BLOC, year: '2025' }, secretariat)),
    ).resolves.toBe(true);
  });
});
