import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { RegistryModule } from '@thidua/registry/api';
import { AUTH_TOKEN_VERIFIER, AuthGuard } from '@thidua/shared/api-core';

import './auth.messages';
import { authConfig } from './auth.config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './throttle/login-throttle.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Global: other modules' public endpoints (e.g. voting with a code) verify sessions too. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(authConfig), RegistryModule],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    LoginThrottleService,
    UsersService,
    { provide: AUTH_TOKEN_VERIFIER, useExisting: AuthService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersService, AUTH_TOKEN_VERIFIER],
})
export class AuthModule {}
