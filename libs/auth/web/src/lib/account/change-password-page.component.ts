import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';

import { PASSWORD_MIN_LENGTH } from '@thidua/auth/contracts';
import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { PageHeaderComponent } from '@thidua/shared/ui';

import { safeReturnUrl } from '../auth.paths';
import { AuthStore } from '../auth.store';
import { matchingPasswordsValidator, passwordStrengthValidator } from '../password.validators';

@Component({
  selector: 'td-change-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    PageHeaderComponent,
  ],
  templateUrl: './change-password-page.component.html',
  styleUrl: './change-password-page.component.scss',
})
export class ChangePasswordPageComponent {
  protected readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly serverError = serverError;
  protected readonly heading = $localize`:@@changePasswordTitle:Đổi mật khẩu`;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', [Validators.required]],
      newPassword: ['', [Validators.required, passwordStrengthValidator]],
      confirmPassword: ['', [Validators.required]],
    },
    { validators: [matchingPasswordsValidator('newPassword', 'confirmPassword')] },
  );

  constructor() {
    this.store.clearError();
  }

  protected async changePassword(): Promise<void> {
    if (this.form.invalid || this.store.isLoading()) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    const error = await this.store.changePassword({ currentPassword, newPassword });
    if (error) {
      applyFieldErrors(this.form, error);
      return;
    }
    this.snackBar.open($localize`:@@changePasswordDone:Đã đổi mật khẩu.`, undefined, {
      duration: 4000,
    });
    await this.router.navigateByUrl(
      safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')),
    );
  }
}
