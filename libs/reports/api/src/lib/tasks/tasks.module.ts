import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { RegistryModule } from '@thidua/registry/api';

import '../reports.messages';
import { mailConfig } from '../mail/mail.config';
import { MailerService } from '../mail/mailer.service';
import { TaskMailService } from '../mail/task-mail.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** What waits for each user (`GET /me/tasks`), and the same by e-mail: daily digest, reminders. */
@Module({
  imports: [ConfigModule.forFeature(mailConfig), RegistryModule],
  controllers: [TasksController],
  providers: [TasksService, MailerService, TaskMailService],
  exports: [TasksService, TaskMailService],
})
export class TasksModule {}
