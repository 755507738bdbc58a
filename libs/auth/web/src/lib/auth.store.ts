import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  ChangePasswordRequest,
  CurrentUserResponse,
  LoginRequest,
} from '@thidua/auth/contracts';
import { type ApiError, type Permission, hasPermission } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import { AuthApi } from './auth.api';
import { forgetSessionHint, hasSessionHint } from './session-hint';

export type AuthStatus = 'unknown' | 'authenticated' | 'anonymous';
export type RequestStatus = 'idle' | 'loading' | 'error';

/**
 * Who is signed in, for the whole app. Restored from the session cookie on startup, and only when
 * the session hint cookie says there may be one: a signed-out page never asks the server.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly document = inject(DOCUMENT);
  private readonly userState = signal<CurrentUserResponse | null>(null);
  private readonly statusState = signal<AuthStatus>('unknown');
  private readonly requestStatusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private restoring: Promise<void> | null = null;

  readonly user = this.userState.asReadonly();
  readonly status = this.statusState.asReadonly();
  /** State of the last login / password change request. */
  readonly requestStatus = this.requestStatusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isAuthenticated = computed(() => this.statusState() === 'authenticated');
  readonly isLoading = computed(() => this.requestStatusState() === 'loading');
  readonly mustChangePassword = computed(() => this.userState()?.mustChangePassword ?? false);

  /** Whether the current user holds a permission (reactive when read in a template or computed). */
  can(permission: Permission): boolean {
    const user = this.userState();
    return user !== null && hasPermission(user.role, permission);
  }

  /**
   * Asks the server who the session cookie belongs to, if the hint says there is a session (else
   * nobody is signed in). Runs once; later calls share the answer.
   */
  restore(): Promise<void> {
    if (!this.restoring && !hasSessionHint(this.document)) this.clear();
    this.restoring ??= firstValueFrom(this.api.me()).then(
      (user) => this.setUser(user),
      () => this.clear(),
    );
    return this.restoring;
  }

  /** Signs in. Resolves to the user, or to null with `error()` set. */
  async login(request: LoginRequest): Promise<CurrentUserResponse | null> {
    this.requestStatusState.set('loading');
    this.errorState.set(null);
    try {
      const response = await firstValueFrom(this.api.login(request));
      this.setUser(response.user);
      this.restoring = Promise.resolve();
      this.requestStatusState.set('idle');
      return response.user;
    } catch (error) {
      this.errorState.set(toApiError(error));
      this.requestStatusState.set('error');
      return null;
    }
  }

  /** Ends the session on the server (best effort) and forgets the user here. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // The cookie may already be gone; the user is signed out here either way.
    }
    this.clear();
  }

  /** Changes the own password. Resolves to null on success, else to the error. */
  async changePassword(request: ChangePasswordRequest): Promise<ApiError | null> {
    this.requestStatusState.set('loading');
    this.errorState.set(null);
    try {
      await firstValueFrom(this.api.changePassword(request));
      this.userState.update((user) => (user ? { ...user, mustChangePassword: false } : user));
      this.requestStatusState.set('idle');
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      this.errorState.set(apiError);
      this.requestStatusState.set('error');
      return apiError;
    }
  }

  /** The server refused a request until the password is changed: the guards now ask for it. */
  requirePasswordChange(): void {
    this.userState.update((user) => (user ? { ...user, mustChangePassword: true } : user));
  }

  /** Forgets the user (the session ended or was refused), and the hint that it may exist. */
  clear(): void {
    forgetSessionHint(this.document);
    this.userState.set(null);
    this.statusState.set('anonymous');
    this.restoring = Promise.resolve();
  }

  clearError(): void {
    this.errorState.set(null);
    if (this.requestStatusState() === 'error') this.requestStatusState.set('idle');
  }

  private setUser(user: CurrentUserResponse): void {
    this.userState.set(user);
    this.statusState.set('authenticated');
  }
}
