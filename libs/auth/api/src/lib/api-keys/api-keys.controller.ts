import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiKeyResponse, CreatedApiKeyResponse, Page } from '@thidua/shared/contracts';
import {
  type AuthUser,
  CurrentUser,
  ListQueryDto,
  RequirePermissions,
} from '@thidua/shared/api-core';

import { CreateApiKeyDto } from '../dto/api-keys.dto';
import { ApiKeysService } from './api-keys.service';

/** Integrations' API keys (admin). A key itself never reaches these routes (no scope opens them). */
@ApiTags('api-keys')
@ApiBearerAuth()
@RequirePermissions('users.manage')
@Controller({ path: 'api-keys', version: '1' })
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: 'List API keys, active first (never their secrets)' })
  list(@Query() query: ListQueryDto): Promise<Page<ApiKeyResponse>> {
    return this.keys.list(query);
  }

  @Post()
  @ApiOperation({
    summary: 'Create an API key; the answer carries the whole key, shown this once only',
  })
  create(
    @Body() dto: CreateApiKeyDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<CreatedApiKeyResponse> {
    return this.keys.create(dto, actor);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key: it is refused (401) from the next request on' })
  revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<ApiKeyResponse> {
    return this.keys.revoke(id, actor);
  }
}
