import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUserResponse, LoginResponse } from '@thidua/auth/contracts';
import { BlocAccessService } from '@thidua/registry/api';
import {
  ApiException,
  AuditService,
  type AuthTokenVerifier,
  type AuthUser,
  invalidFields,
} from '@thidua/shared/api-core';
import { DataSource, IsNull, MoreThan } from 'typeorm';

import { authConfig } from './auth.config';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { LoginThrottleService, type ThrottleLock } from './throttle/login-throttle.service';
import { toUnitSummary } from './user.mapper';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService implements AuthTokenVerifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    private readonly audit: AuditService,
    private readonly blocAccess: BlocAccessService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async login(username: string, password: string, client: ClientInfo): Promise<LoginResponse> {
    const ip = client.ip ?? 'unknown';
    // Counted before the hash is compared: a burst gets no more checks than the limit.
    const locks = await this.throttle.reserve(username, ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('u.username = :username', { username })
      .getOne();
    const isValid = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await decoyHash(), password);
    if (!user || !isValid) {
      await this.recordFailure(username, ip, user?.id ?? null, locks);
      throw new ApiException(401, 'auth.invalidCredentials');
    }
    if (!user.isActive) {
      await this.dataSource.transaction((manager) =>
        this.throttle.succeeded(username, ip, manager),
      );
      throw new ApiException(403, 'auth.userDisabled');
    }

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlMinutes * 60_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(SessionEntity, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 255) ?? null,
      });
      await manager.update(
        UserEntity,
        { id: user.id },
        { lastLoginAt: new Date(), version: () => 'version' },
      );
      await this.throttle.succeeded(username, ip, manager);
      await this.audit.record(
        { actor: user, action: 'login', entity: 'user', entityId: user.id, ip: client.ip },
        manager,
      );
    });
    return {
      accessToken: token,
      expiresAt: expiresAt.toISOString(),
      user: await this.describe(user),
    };
  }

  async logout(user: AuthUser, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(SessionEntity, { id: user.sessionId }, { revokedAt: new Date() });
      await this.audit.record(
        { actor: user, action: 'logout', entity: 'user', entityId: user.id, ip },
        manager,
      );
    });
  }

  /** Checks a bearer token against the sessions table (any API instance can). */
  async verify(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const session = await this.dataSource.getRepository(SessionEntity).findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    const user = session?.user;
    if (!session || !user || !user.isActive) return null;
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      unitId: user.unitId,
      sessionId: session.id,
      mustChangePassword: user.mustChangePassword,
    };
  }

  async me(authUser: AuthUser): Promise<CurrentUserResponse> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneOrFail({ where: { id: authUser.id }, relations: { unit: true } });
    return this.describe(user);
  }

  async changePassword(
    authUser: AuthUser,
    currentPassword: string,
    newPassword: string,
    ip: string | null,
  ) {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: authUser.id })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw invalidFields('auth.wrongCurrentPassword', {
        currentPassword: ['auth.wrongCurrentPassword'],
      });
    }
    if (currentPassword === newPassword) {
      throw invalidFields('auth.samePassword', { newPassword: ['auth.samePassword'] });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: user.id },
        { passwordHash, mustChangePassword: false },
      );
      // Other sessions of this user end; the current one stays.
      await manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', {
          userId: user.id,
          sessionId: authUser.sessionId,
        })
        .execute();
      await this.audit.record(
        { actor: authUser, action: 'password.change', entity: 'user', entityId: user.id, ip },
        manager,
      );
    });
  }

  private async describe(user: UserEntity): Promise<CurrentUserResponse> {
    const secretariatOf = await this.blocAccess.secretariatGrants(user);
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      unit: toUnitSummary(user.unit),
      mustChangePassword: user.mustChangePassword,
      secretariatOf,
    };
  }

  /** A wrong password, and each lock it set by reaching a limit, in the audit log. */
  private async recordFailure(
    username: string,
    ip: string,
    userId: string | null,
    locks: ThrottleLock[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const entry = { actor: null, entity: 'user' as const, entityId: userId, ip };
      await this.audit.record({ ...entry, action: 'login.failed', after: { username } }, manager);
      for (const lock of locks) {
        await this.audit.record(
          { ...entry, action: 'login.locked', after: { username, ...lock } },
          manager,
        );
      }
    });
  }
}
