import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { RegistryModule } from '@thidua/registry/api';
import { API_KEY_VERIFIER, AUTH_TOKEN_VERIFIER, AuthGuard } from '@thidua/shared/api-core';

import './auth.messages';
import './api-keys/api-keys.messages';
import { ApiKeyAuthService } from './api-keys/api-key-auth.service';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
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
  controllers: [AuthController, UsersController, ApiKeysController],
  providers: [
    ApiKeyAuthService,
    ApiKeysService,
    AuthService,
    LoginThrottleService,
    UsersService,
    { provide: AUTH_TOKEN_VERIFIER, useExisting: AuthService },
    { provide: API_KEY_VERIFIER, useExisting: ApiKeyAuthService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersService, AUTH_TOKEN_VERIFIER],
})
export class AuthModule {}
