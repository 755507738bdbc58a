import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PASSWORD_CHANGE_REQUIRED, hasPermission, type Permission } from '@thidua/shared/contracts';
import type { Request, Response } from 'express';

import { ApiException } from '../errors/api.exception';
import { authenticateApiKey, extractApiKey } from './api-key-access';
import {
  API_KEY_VERIFIER,
  AUTH_TOKEN_VERIFIER,
  type ApiKeyVerifier,
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
 * endpoints marked `@AllowPendingPasswordChange()`. An integration's API key (`X-API-Key`, or a
 * bearer `td_…`) passes only on the routes its scopes open, and then also needs the permissions of
 * the role it acts with (`unit` for a unit's key, else `viewer`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_TOKEN_VERIFIER) private readonly verifier: AuthTokenVerifier,
    @Optional() @Inject(API_KEY_VERIFIER) private readonly apiKeys: ApiKeyVerifier | null = null,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = await this.authenticate(request, context.switchToHttp().getResponse<Response>());
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

  private async authenticate(request: Request, response: Response): Promise<AuthUser> {
    const apiKey = extractApiKey(request);
    if (apiKey) return authenticateApiKey(this.apiKeys, apiKey, request, response);
    const token = extractToken(request);
    if (!token) throw new ApiException(401, 'common.unauthorized');
    const user = await this.verifier.verify(token);
    if (!user) throw new ApiException(401, 'auth.sessionExpired');
    return user;
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
