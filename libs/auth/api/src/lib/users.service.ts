import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailSettingsResponse, UserResponse } from '@thidua/auth/contracts';
import { UnitEntity } from '@thidua/registry/api';
import type { Page, Role } from '@thidua/shared/contracts';
import {
  ApiException,
  applySort,
  AuditService,
  type AuthUser,
  checkVersion,
  conflict,
  invalidFields,
  notFound,
  pageOf,
  searchCondition,
} from '@thidua/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';

import type {
  CreateUserDto,
  MailSettingsDto,
  ResetPasswordDto,
  UpdateUserDto,
  UserListQueryDto,
} from './dto/users.dto';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './passwords';
import { LoginThrottleService } from './throttle/login-throttle.service';
import { auditSnapshot, toUserResponse } from './user.mapper';

/** The expression the `idx_users_search` trigram index covers. */
export const USER_SEARCH_EXPRESSION =
  "u.username || ' ' || u.full_name || ' ' || coalesce(u.email, '')";

/** A clearance office's account is bound to its office (a unit of the registry). */
const ROLES_WITH_UNIT: Role[] = ['secretariat', 'unit', 'clearance'];

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async list(query: UserListQueryDto): Promise<Page<UserResponse>> {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.unit', 'unit');
    if (query.q) {
      const search = searchCondition(USER_SEARCH_EXPRESSION, query.q);
      qb.andWhere(search.sql, search.params);
    }
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.isActive !== undefined)
      qb.andWhere('u.is_active = :isActive', { isActive: query.isActive });
    if (query.unitId) qb.andWhere('u.unit_id = :unitId', { unitId: query.unitId });
    applySort(
      qb,
      query.sort,
      {
        username: 'u.username',
        fullName: 'u.full_name',
        role: 'u.role',
        createdAt: 'u.created_at',
        lastLoginAt: 'u.last_login_at',
      },
      'username',
      ['fullName'],
    );
    qb.addOrderBy('u.id');
    const page = await pageOf(qb, query, (user) => user);
    const locks = await this.throttle.lockedUntil(page.items.map((u) => u.username));
    return { ...page, items: page.items.map((u) => toUserResponse(u, locks.get(u.username))) };
  }

  async get(id: string): Promise<UserResponse> {
    const user = await this.find(this.dataSource.manager, id);
    const locks = await this.throttle.lockedUntil([user.username]);
    return toUserResponse(user, locks.get(user.username));
  }

  async create(dto: CreateUserDto, actor: AuthUser): Promise<UserResponse> {
    const passwordHash = await hashPassword(dto.password);
    const id = await this.dataSource.transaction(async (manager) => {
      const taken = await manager.exists(UserEntity, { where: { username: dto.username } });
      if (taken) {
        throw new ApiException(
          409,
          'users.usernameTaken',
          { username: dto.username },
          { username: ['users.usernameTaken'] },
        );
      }
      const unitId = await this.checkUnit(manager, dto.role, dto.unitId ?? null);
      const saved = await manager.save(
        manager.create(UserEntity, {
          username: dto.username,
          fullName: dto.fullName,
          email: dto.email ?? null,
          role: dto.role,
          unitId,
          passwordHash,
          isActive: true,
          mustChangePassword: true,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'user',
          entityId: saved.id,
          after: auditSnapshot(saved),
        },
        manager,
      );
      return saved.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<UserResponse> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.find(manager, id, true);
      checkVersion(dto.version, user.version);
      const before = auditSnapshot(user);
      const role = dto.role ?? user.role;
      const isSelf = user.id === actor.id;
      if (isSelf && (dto.isActive === false || role !== user.role)) {
        throw conflict('users.cannotDisableSelf');
      }
      const unitId = await this.checkUnit(
        manager,
        role,
        dto.unitId === undefined ? user.unitId : dto.unitId,
      );
      Object.assign(user, {
        fullName: dto.fullName ?? user.fullName,
        email: dto.email === undefined ? user.email : dto.email,
        role,
        unitId,
        isActive: dto.isActive ?? user.isActive,
        mailOptOut: dto.mailOptOut ?? user.mailOptOut,
      });
      delete user.unit;
      const saved = await manager.save(user);
      if (!saved.isActive) await this.revokeSessions(manager, id);
      await this.audit.record(
        {
          actor,
          action: 'update',
          entity: 'user',
          entityId: id,
          before,
          after: auditSnapshot(saved),
        },
        manager,
      );
    });
    return this.get(id);
  }

  /** One's own address and e-mail opt-out, with an audit entry of the change. */
  async updateMailSettings(actor: AuthUser, dto: MailSettingsDto): Promise<MailSettingsResponse> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.find(manager, actor.id, true);
      const before = { email: user.email, mailOptOut: user.mailOptOut };
      const after = { email: dto.email, mailOptOut: dto.mailOptOut };
      await manager.update(UserEntity, { id: user.id }, after);
      await this.audit.record(
        { actor, action: 'update', entity: 'user', entityId: user.id, before, after },
        manager,
      );
      return after;
    });
  }

  async mailSettings(actor: AuthUser): Promise<MailSettingsResponse> {
    const user = await this.find(this.dataSource.manager, actor.id);
    return { email: user.email, mailOptOut: user.mailOptOut };
  }

  async resetPassword(id: string, dto: ResetPasswordDto, actor: AuthUser): Promise<void> {
    const passwordHash = await hashPassword(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.find(manager, id, true);
      await manager.update(UserEntity, { id }, { passwordHash, mustChangePassword: true });
      await this.revokeSessions(manager, id);
      await this.audit.record(
        { actor, action: 'password.reset', entity: 'user', entityId: id },
        manager,
      );
    });
  }

  /** Lifts the sign-in locks of the account at every address (its wrong passwords are forgotten). */
  async unlockSignIn(id: string, actor: AuthUser): Promise<UserResponse> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.find(manager, id, true);
      const cleared = await this.throttle.clearAccount(user.username, manager);
      if (!cleared.length) return;
      await this.audit.record(
        {
          actor,
          action: 'login.unlock',
          entity: 'user',
          entityId: id,
          before: { username: user.username, counters: cleared },
        },
        manager,
      );
    });
    return this.get(id);
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<UserEntity> {
    const qb = manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    else qb.leftJoinAndSelect('u.unit', 'unit');
    const user = await qb.getOne();
    if (!user) throw notFound('users.notFound');
    return user;
  }

  private async checkUnit(
    manager: EntityManager,
    role: Role,
    unitId: string | null,
  ): Promise<string | null> {
    if (!unitId) {
      if (ROLES_WITH_UNIT.includes(role))
        throw invalidFields('users.unitRequired', { unitId: ['users.unitRequired'] });
      return null;
    }
    const unit = await manager.findOne(UnitEntity, { where: { id: unitId } });
    if (!unit || unit.isArchived)
      throw invalidFields('users.unitNotFound', { unitId: ['users.unitNotFound'] });
    return unit.id;
  }

  private async revokeSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }
}
