import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';

import { SigningController } from './signing.controller';
import { signingConfig, SigningKeyStore } from './signing-key.store';
import { SigningService } from './signing.service';

/** Signing certificates and signed downloads; global, so every domain's downloads can sign. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(signingConfig)],
  controllers: [SigningController],
  providers: [SigningService, SigningKeyStore],
  exports: [SigningService],
})
export class SigningModule {}
