import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PASSWORD_CHANGE_REQUIRED, hasPermission, type Permission } from '@thidua/shared/contracts';
import type { Request } from 'express';

import { ApiException } from '../errors/api.exception';
import {
  AUTH_TOKEN_VERIFIER,
  type AuthTokenVerifier,
  type AuthUser,
  SESSION_COOKIE,
} from './auth-user';
import { ALLOW_PENDING_PASSWORD_CHANGE, IS_PUBLIC, REQUIRED_PERMISSIONS } from './auth.decorators';

/**
 * Global guard: every endpoint wants a valid session (bearer token, or the secure session
 * cookie the web app uses) unless it is `@Public()`, and the permissions named by
 * `@RequirePermissions()`. Sessions live in the database, so any API instance can check them. An
 * account that must change its password gets 403 `auth.passwordChangeRequired` everywhere but the
 * endpoints marked `@AllowPendingPasswordChange()`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_TOKEN_VERIFIER) private readonly verifier: AuthTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = extractToken(request);
    if (!token) throw new ApiException(401, 'common.unauthorized');
    const user = await this.verifier.verify(token);
    if (!user) throw new ApiException(401, 'auth.sessionExpired');
    request.user = user;
    if (!this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_PASSWORD_CHANGE, targets)) {
      assertPasswordChanged(user);
    }
    const required =
      this.reflector.getAllAndOverride<Permission[]>(REQUIRED_PERMISSIONS, targets) ?? [];
    if (!required.every((p) => hasPermission(user.role, p))) {
      throw new ApiException(403, 'common.forbidden');
    }
    return true;
  }
}

/** Refuses a session whose account must change its password first (also for public endpoints). */
export function assertPasswordChanged(user: AuthUser | null): void {
  if (user?.mustChangePassword) throw new ApiException(403, PASSWORD_CHANGE_REQUIRED);
}

export function extractToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookies = (request as Request & { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE] ?? null;
}
