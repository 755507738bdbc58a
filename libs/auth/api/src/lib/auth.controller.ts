import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CurrentUserResponse,
  type LoginResponse,
  type MailSettingsResponse,
  SESSION_HINT_COOKIE,
} from '@thidua/auth/contracts';
import {
  AllowPendingPasswordChange,
  ApiException,
  type AuthUser,
  CurrentUser,
  Public,
  SESSION_COOKIE,
  requestIp,
} from '@thidua/shared/api-core';
import type { Request, Response } from 'express';

import { AuthService } from './auth.service';
import { MailSettingsDto } from './dto/users.dto';
import { UsersService } from './users.service';
import { sessionCookieFlags, sessionHintCookieFlags } from './session-cookie';
import { ChangePasswordDto, LoginDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in; answers a bearer token and sets the session cookie and its readable hint (429 with Retry-After when locked)',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const result = await this.auth
      .login(dto.username, dto.password, {
        ip: requestIp(request),
        userAgent: request.headers['user-agent'] ?? null,
      })
      .catch((error: unknown) => {
        const wait = error instanceof ApiException ? error.params['retryAfterSeconds'] : undefined;
        if (wait !== undefined) response.setHeader('Retry-After', String(wait));
        throw error;
      });
    const expires = new Date(result.expiresAt);
    response.cookie(SESSION_COOKIE, result.accessToken, {
      ...sessionCookieFlags(request.secure),
      expires,
    });
    response.cookie(SESSION_HINT_COOKIE, '1', {
      ...sessionHintCookieFlags(request.secure),
      expires,
    });
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  @AllowPendingPasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End the current session; clears the session cookie and its hint' })
  async logout(
    @CurrentUser() user: AuthUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(user, requestIp(request));
    response.clearCookie(SESSION_COOKIE, sessionCookieFlags(request.secure));
    response.clearCookie(SESSION_HINT_COOKIE, sessionHintCookieFlags(request.secure));
  }

  @Get('me')
  @AllowPendingPasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, with the blocs it acts for as secretariat' })
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserResponse> {
    return this.auth.me(user);
  }

  @Get('me/mail')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Own e-mail address and whether to receive the digest and reminders' })
  mailSettings(@CurrentUser() user: AuthUser): Promise<MailSettingsResponse> {
    return this.users.mailSettings(user);
  }

  @Put('me/mail')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Set own e-mail address and opt out of (or back into) the e-mails' })
  updateMailSettings(
    @CurrentUser() user: AuthUser,
    @Body() dto: MailSettingsDto,
  ): Promise<MailSettingsResponse> {
    return this.users.updateMailSettings(user, dto);
  }

  @Post('password')
  @HttpCode(204)
  @AllowPendingPasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change own password' })
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Req() request: Request,
  ): Promise<void> {
    return this.auth.changePassword(user, dto.currentPassword, dto.newPassword, requestIp(request));
  }
}
