import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@thidua/shared/contracts';

import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'td:isPublic';
export const REQUIRED_PERMISSIONS = 'td:permissions';
export const ALLOW_PENDING_PASSWORD_CHANGE = 'td:allowPendingPasswordChange';

/** The endpoint needs no sign-in (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The signed-in user needs every one of these permissions (checked by role). */
export const RequirePermissions = (...permissions: Permission[]) =>
  SetMetadata(REQUIRED_PERMISSIONS, permissions);

/** The endpoint answers an account that must still change its password (the change, me, logout). */
export const AllowPendingPasswordChange = () => SetMetadata(ALLOW_PENDING_PASSWORD_CHANGE, true);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser =>
    context.switchToHttp().getRequest<{ user: AuthUser }>().user,
);
