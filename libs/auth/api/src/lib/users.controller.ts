import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SignInLimitsResponse, UserResponse } from '@thidua/auth/contracts';
import type { Page } from '@thidua/shared/contracts';
import { type AuthUser, CurrentUser, RequirePermissions } from '@thidua/shared/api-core';

import { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserListQueryDto } from './dto/users.dto';
import { LoginThrottleService } from './throttle/login-throttle.service';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@RequirePermissions('users.manage')
@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List users (admin)' })
  list(@Query() query: UserListQueryDto): Promise<Page<UserResponse>> {
    return this.users.list(query);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a user (admin); they must change the password at first sign-in',
  })
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: AuthUser): Promise<UserResponse> {
    return this.users.create(dto, actor);
  }

  @Get('sign-in-limits')
  @ApiOperation({
    summary: 'The sign-in limits the server runs with (admin; set in the environment)',
  })
  signInLimits(): SignInLimitsResponse {
    return this.throttle.limits();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (admin)' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserResponse> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a user, enable or disable it (admin; optimistic version)' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<UserResponse> {
    return this.users.update(id, dto, actor);
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @ApiOperation({ summary: "Reset a user's password (admin); ends their sessions" })
  resetPassword(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ResetPasswordDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<void> {
    return this.users.resetPassword(id, dto, actor);
  }

  @Post(':id/unlock-sign-in')
  @HttpCode(200)
  @ApiOperation({
    summary: "Lift a user's sign-in locks after wrong passwords, at every address (admin)",
  })
  unlockSignIn(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<UserResponse> {
    return this.users.unlockSignIn(id, actor);
  }
}
