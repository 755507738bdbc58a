import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthResponse } from '@thidua/shared/contracts';
import { Public } from '@thidua/shared/api-core';
import type { Response } from 'express';

import { appConfig } from '../config/app.config';

@ApiTags('health')
@Controller({ path: 'health', version: '1' })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Liveness and database status: 200 when up, 503 when the database is down',
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    try {
      await this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
      return { status: 'ok', db: 'up', version: this.app.version };
    } catch {
      response.status(503);
      return { status: 'error', db: 'down', version: this.app.version };
    }
  }
}
