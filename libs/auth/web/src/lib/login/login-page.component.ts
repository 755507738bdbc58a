import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router } from '@angular/router';

import { applyFieldErrors, serverError } from '@thidua/shared/data-access';

import { AUTH_PATHS, safeReturnUrl } from '../auth.paths';
import { AuthStore } from '../auth.store';

@Component({
  selector: 'td-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
  ],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
})
export class LoginPageComponent {
  protected readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', [Validators.required]],
    password: ['', [Validators.required]],
  });
  protected readonly isPasswordVisible = signal(false);
  protected readonly serverError = serverError;

  constructor() {
    this.store.clearError();
  }

  protected async signIn(): Promise<void> {
    if (this.form.invalid || this.store.isLoading()) {
      this.form.markAllAsTouched();
      return;
    }
    const { username, password } = this.form.getRawValue();
    const user = await this.store.login({ username: username.trim(), password });
    if (!user) {
      applyFieldErrors(this.form, this.store.error());
      return;
    }
    const returnUrl = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
    if (user.mustChangePassword) {
      await this.router.navigate([AUTH_PATHS.changePassword], {
        queryParams: returnUrl !== '/' ? { returnUrl } : {},
      });
    } else {
      await this.router.navigateByUrl(returnUrl);
    }
  }

  protected togglePasswordVisibility(): void {
    this.isPasswordVisible.update((visible) => !visible);
  }
}
