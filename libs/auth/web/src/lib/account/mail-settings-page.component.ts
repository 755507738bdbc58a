import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';

import { applyFieldErrors, serverError } from '@thidua/shared/data-access';
import { PageHeaderComponent } from '@thidua/shared/ui';

import { MailSettingsStore } from './mail-settings.store';

/** The address the daily digest and the deadline reminders go to, and turning them off. */
@Component({
  selector: 'td-mail-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSlideToggleModule,
    PageHeaderComponent,
  ],
  templateUrl: './mail-settings-page.component.html',
  // The account pages share their look.
  styleUrls: ['./change-password-page.component.scss', './mail-settings-page.component.scss'],
})
export class MailSettingsPageComponent {
  protected readonly store = inject(MailSettingsStore);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly serverError = serverError;
  protected readonly heading = $localize`:@@mailSettingsTitle:Thư điện tử`;
  protected readonly maxLength = 120;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.email, Validators.maxLength(this.maxLength)]],
    mailOptOut: [false],
  });

  constructor() {
    void this.store.load();
    effect(() => {
      const settings = this.store.settings();
      untracked(() => {
        if (settings)
          this.form.reset({ email: settings.email ?? '', mailOptOut: settings.mailOptOut });
      });
    });
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.store.isSaving()) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, mailOptOut } = this.form.getRawValue();
    const error = await this.store.save({ email: email.trim() || null, mailOptOut });
    if (error) {
      applyFieldErrors(this.form, error);
      return;
    }
    this.snackBar.open($localize`:@@mailSettingsSaved:Đã lưu cài đặt thư.`, undefined, {
      duration: 4000,
    });
  }
}
