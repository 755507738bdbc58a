import { Injectable, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  CreateUserRequest,
  SignInLimitsResponse,
  UpdateUserRequest,
  UserListQuery,
  UserResponse,
} from '@thidua/auth/contracts';
import type { UnitListItemResponse } from '@thidua/registry/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { PagedListStore, toApiError } from '@thidua/shared/data-access';

import { UsersApi } from './users.api';

/** The users list with nothing chosen: by user name. */
export const DEFAULT_USER_QUERY: UserListQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: 'username',
};

/** The users page: one server page of users and the query that produced it. Provided per route. */
@Injectable()
export class UsersStore extends PagedListStore<UserListQuery, UserResponse> {
  private readonly api = inject(UsersApi);
  private readonly signInLimitsState = signal<SignInLimitsResponse | null>(null);

  /** The server's sign-in limits, once loaded (null until then or if they could not be read). */
  readonly signInLimits = this.signInLimitsState.asReadonly();

  constructor() {
    super(DEFAULT_USER_QUERY);
  }

  async loadSignInLimits(): Promise<void> {
    try {
      this.signInLimitsState.set(await firstValueFrom(this.api.signInLimits()));
    } catch {
      // Only a hint on the page: without it the page works the same.
    }
  }

  protected fetch(query: UserListQuery): Observable<Page<UserResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn({ q, role, isActive }: UserListQuery): boolean {
    return !!q || !!role || isActive !== undefined;
  }

  /** Creates a user and reloads the list. Resolves to null on success, else to the error. */
  async create(request: CreateUserRequest): Promise<ApiError | null> {
    try {
      await firstValueFrom(this.api.create(request));
      void this.load();
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Saves changes with the version the user was read at (stale → 409). */
  async update(
    user: UserResponse,
    changes: Omit<UpdateUserRequest, 'version'>,
  ): Promise<ApiError | null> {
    try {
      const saved = await firstValueFrom(
        this.api.update(user.id, { ...changes, version: user.version }),
      );
      this.replace(saved);
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.load();
      return apiError;
    }
  }

  setActive(user: UserResponse, isActive: boolean): Promise<ApiError | null> {
    return this.update(user, { isActive });
  }

  async resetPassword(user: UserResponse, newPassword: string): Promise<ApiError | null> {
    try {
      await firstValueFrom(this.api.resetPassword(user.id, { newPassword }));
      this.replace({ ...user, mustChangePassword: true });
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Lifts the user's sign-in locks and shows the user as the server answers it. */
  async unlockSignIn(user: UserResponse): Promise<ApiError | null> {
    try {
      this.replace(await firstValueFrom(this.api.unlockSignIn(user.id)));
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Units whose name or code matches (diacritics ignored by the server), for the unit picker. */
  searchUnits(q: string): Observable<UnitListItemResponse[]> {
    return this.api.searchUnits(q).pipe(map((page) => page.items));
  }

  private replace(user: UserResponse): void {
    this.updateItems((items) => items.map((item) => (item.id === user.id ? user : item)));
  }
}
