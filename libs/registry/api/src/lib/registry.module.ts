import { Module } from '@nestjs/common';

import './registry.messages';

import { BlocAccessService } from './bloc-access.service';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  controllers: [UnitsController],
  providers: [BlocAccessService, UnitsService],
  exports: [BlocAccessService, UnitsService],
})
export class RegistryModule {}
