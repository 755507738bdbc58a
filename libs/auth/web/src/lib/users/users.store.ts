import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, map } from 'rxjs';

import type {
  CreateUserRequest,
  UpdateUserRequest,
  UserListQuery,
  UserResponse,
} from '@thidua/auth/contracts';
import type { UnitListItemResponse } from '@thidua/registry/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../auth.store';
import { UsersApi } from './users.api';

export type UserFilters = Pick<UserListQuery, 'q' | 'role' | 'isActive'>;

/** The users list with nothing chosen: by user name. */
export const DEFAULT_USER_QUERY: UserListQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: 'username',
};

/** The users page: one server page of users and the query that produced it. Provided per route. */
@Injectable()
export class UsersStore {
  private readonly api = inject(UsersApi);
  private readonly queryState = signal<UserListQuery>(DEFAULT_USER_QUERY);
  private readonly pageState = signal<Page<UserResponse> | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private requestId = 0;

  readonly query = this.queryState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly items = computed(() => this.pageState()?.items ?? []);
  readonly total = computed(() => this.pageState()?.total ?? 0);
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly hasFilters = computed(() => {
    const { q, role, isActive } = this.queryState();
    return !!q || !!role || isActive !== undefined;
  });

  /** Loads the page for the current query. A slower older answer never overwrites a newer one. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const page = await firstValueFrom(this.api.list(this.queryState()));
      if (id !== this.requestId) return;
      this.pageState.set(page);
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Opens the list on `query` (what the address asks for), whatever it showed before. */
  open(query: UserListQuery): Promise<void> {
    this.queryState.set(query);
    return this.load();
  }

  /** Changes the filters and goes back to the first page. */
  filter(filters: UserFilters): Promise<void> {
    this.queryState.update((query) => ({ ...query, ...filters, page: 1 }));
    return this.load();
  }

  sortBy(sort: string): Promise<void> {
    this.queryState.update((query) => ({ ...query, sort, page: 1 }));
    return this.load();
  }

  goToPage(page: number, pageSize: number): Promise<void> {
    this.queryState.update((query) => ({ ...query, page, pageSize }));
    return this.load();
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

  /** Units whose name or code matches (diacritics ignored by the server), for the unit picker. */
  searchUnits(q: string): Observable<UnitListItemResponse[]> {
    return this.api.searchUnits(q).pipe(map((page) => page.items));
  }

  private replace(user: UserResponse): void {
    this.pageState.update((page) =>
      page
        ? { ...page, items: page.items.map((item) => (item.id === user.id ? user : item)) }
        : page,
    );
  }
}
