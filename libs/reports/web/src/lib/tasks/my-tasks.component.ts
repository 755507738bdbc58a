import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import { TASK_ICONS, dueLabel, isOverdue, taskTitle } from './task-labels';
import { TasksStore } from './tasks.store';

/**
 * "Việc cần làm": what waits for the signed-in user, each item a link to the page that does it,
 * soonest deadline first; an empty state when nothing waits.
 */
@Component({
  selector: 'td-my-tasks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink],
  providers: [TasksStore],
  templateUrl: './my-tasks.component.html',
  styleUrl: './my-tasks.component.scss',
})
export class MyTasksComponent {
  /** Offer the board to send today's digest now (`users.manage`). */
  readonly canSendDigest = input(false);

  protected readonly store = inject(TasksStore);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly rows = computed(() =>
    this.store.items().map((item) => ({
      item,
      title: taskTitle(item),
      icon: TASK_ICONS[item.kind],
      due: item.dueOn ? dueLabel(item.dueOn) : null,
      isOverdue: !!item.dueOn && isOverdue(item.dueOn),
    })),
  );

  constructor() {
    void this.store.load();
  }

  protected reload(): void {
    void this.store.load();
  }

  protected async sendDigestNow(): Promise<void> {
    const result = await this.store.sendDigestNow();
    const message =
      'sent' in result
        ? $localize`:@@tasksDigestSent:Đã gửi ${result.sent}:sent: thư; ${result.skipped}:skipped: người đã nhận hôm nay hoặc không có việc; ${result.failed}:failed: thư lỗi.`
        : result.message;
    this.snackBar.open(message, $localize`:@@snackClose:Đóng`, { duration: 8000 });
  }
}
