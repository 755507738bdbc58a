import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailRunResponse, TaskItem } from '@thidua/reports/contracts';
import type { Role } from '@thidua/shared/contracts';
import { DataSource } from 'typeorm';

import { TasksService } from '../tasks/tasks.service';
import type { MailKind } from './mail-delivery.entity';
import { mailConfig } from './mail.config';
import { MailerService, type OutgoingMail } from './mailer.service';
import { digestMail, reminderMail } from './task-mail';

/** A failed mail is tried again on later runs, up to this many attempts in all. */
const MAX_ATTEMPTS = 3;

interface Recipient {
  id: string;
  role: Role;
  unit_id: string | null;
  email: string;
  full_name: string;
}

/** The server's calendar day of a time, `YYYY-MM-DD`. */
export function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return localDay(new Date(y, m - 1, d + days));
}

/**
 * The daily digest and the deadline reminders. Every few minutes (`MAIL_CHECK_MINUTES`) each API
 * instance looks for mail due: from `MAIL_DIGEST_HOUR` on, the day's digest to each user with an
 * address who has not opted out and has something waiting; and a reminder of what is due within
 * `MAIL_REMINDER_DAYS`, once per deadline. A mail is claimed by inserting its row
 * (`mail_deliveries`, unique per user, kind and day) before it is sent, so a restart or a second
 * instance never sends it twice; a failed one is tried again on later runs.
 */
@Injectable()
export class TaskMailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
    private readonly mailer: MailerService,
    private readonly tasks: TasksService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.mailer.isConfigured) return;
    this.timer = setInterval(() => void this.runDue(new Date()), this.config.checkMinutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One tick of the timer: the digest once its hour has come, and the reminders. */
  async runDue(now: Date): Promise<void> {
    if (this.running) return;
    const run = (async () => {
      if (now.getHours() >= this.config.digestHour) await this.sendDigests(now);
      await this.sendReminders(now);
    })();
    this.running = run.catch((error: unknown) =>
      this.logger.error(`mail run failed: ${(error as Error).message}`),
    );
    await this.running;
    this.running = null;
  }

  /** The day's digest to everyone who has something waiting and has not had it yet. */
  async sendDigests(now: Date): Promise<MailRunResponse> {
    const day = localDay(now);
    const counts = this.emptyCounts();
    for (const user of await this.recipients()) {
      const items = await this.tasks.tasksOf(this.ownerOf(user));
      if (!items.length) {
        counts.skipped += 1;
        continue;
      }
      const mail = digestMail(this.recipientOf(user), items, this.config.publicUrl);
      await this.deliver(user.id, 'digest', day, items.length, mail, counts);
    }
    return counts;
  }

  /** For each deadline within `MAIL_REMINDER_DAYS` from today, one reminder of what is due then. */
  async sendReminders(now: Date): Promise<MailRunResponse> {
    const today = localDay(now);
    const last = addDays(today, this.config.reminderDays);
    const counts = this.emptyCounts();
    for (const user of await this.recipients()) {
      const byDay = new Map<string, TaskItem[]>();
      for (const item of await this.tasks.tasksOf(this.ownerOf(user))) {
        if (!item.dueOn || item.dueOn < today || item.dueOn > last) continue;
        byDay.set(item.dueOn, [...(byDay.get(item.dueOn) ?? []), item]);
      }
      for (const [dueOn, items] of byDay) {
        const mail = reminderMail(this.recipientOf(user), dueOn, items, this.config.publicUrl);
        await this.deliver(user.id, 'reminder', dueOn, items.length, mail, counts);
      }
    }
    return counts;
  }

  private emptyCounts(): MailRunResponse {
    return { isConfigured: this.mailer.isConfigured, sent: 0, skipped: 0, failed: 0 };
  }

  private recipients(): Promise<Recipient[]> {
    if (!this.mailer.isConfigured) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, role, unit_id, email, full_name FROM users
        WHERE is_active AND NOT mail_opt_out AND coalesce(email, '') <> '' ORDER BY username`,
    );
  }

  private ownerOf(user: Recipient) {
    return { id: user.id, role: user.role, unitId: user.unit_id };
  }

  private recipientOf(user: Recipient) {
    return { email: user.email, fullName: user.full_name };
  }

  /** Claims the mail's row (or a failed one's retry), sends it, and records how it went. */
  private async deliver(
    userId: string,
    kind: MailKind,
    day: string,
    itemCount: number,
    mail: OutgoingMail,
    counts: MailRunResponse,
  ): Promise<void> {
    const claimed: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO mail_deliveries (user_id, kind, day, item_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind, day) DO UPDATE
         SET status = 'sending', attempts = mail_deliveries.attempts + 1, item_count = $4, error = NULL
         WHERE mail_deliveries.status = 'failed' AND mail_deliveries.attempts < $5
       RETURNING id`,
      [userId, kind, day, itemCount, MAX_ATTEMPTS],
    );
    if (!claimed.length) {
      counts.skipped += 1;
      return;
    }
    try {
      await this.mailer.send(mail);
      await this.dataSource.query(
        `UPDATE mail_deliveries SET status = 'sent', sent_at = now() WHERE id = $1`,
        [claimed[0].id],
      );
      counts.sent += 1;
    } catch (error) {
      const message = (error as Error).message.slice(0, 500);
      await this.dataSource.query(
        `UPDATE mail_deliveries SET status = 'failed', error = $2 WHERE id = $1`,
        [claimed[0].id, message],
      );
      this.logger.warn(`${kind} mail to user ${userId} failed: ${message}`);
      counts.failed += 1;
    }
  }
}
