import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MailRunResponse, TasksResponse } from '@thidua/reports/contracts';
import { type AuthUser, CurrentUser, RequirePermissions, conflict } from '@thidua/shared/api-core';

import { TaskMailService } from '../mail/task-mail.service';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller({ version: '1' })
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly mail: TaskMailService,
  ) {}

  @Get('me/tasks')
  @ApiOperation({
    summary: 'What waits for the signed-in user, each item with the page that does it',
  })
  async myTasks(@CurrentUser() user: AuthUser): Promise<TasksResponse> {
    return { items: await this.tasks.tasksOf(user) };
  }

  @Post('admin/mail/digest')
  @HttpCode(200)
  @RequirePermissions('users.manage')
  @ApiOperation({
    summary:
      "Send today's digest now (each user at most once a day; 409 mail.notConfigured without SMTP_URL)",
  })
  async sendDigestNow(): Promise<MailRunResponse> {
    const result = await this.mail.sendDigests(new Date());
    if (!result.isConfigured) throw conflict('mail.notConfigured');
    return result;
  }
}
