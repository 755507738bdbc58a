import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { RegistryModule } from '@thidua/registry/api';
import { AUTH_TOKEN_VERIFIER, AuthGuard } from '@thidua/shared/api-core';

import './auth.messages';
import { authConfig } from './auth.config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [ConfigModule.forFeature(authConfig), RegistryModule],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    UsersService,
    { provide: AUTH_TOKEN_VERIFIER, useExisting: AuthService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersService],
})
export class AuthModule {}
