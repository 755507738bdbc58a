import { Module } from '@nestjs/common';

import './registry.messages';
import { BlocYearsService } from './bloc-years.service';
import { BlocsController } from './blocs.controller';
import { BlocsService } from './blocs.service';
import { LineageReader } from './lineage/lineage-reader';
import { LineageSettingsService } from './lineage/lineage-settings.service';
import {
  LineageSettingsController,
  UnitLineageController,
} from './lineage/unit-lineage.controller';
import { UnitEventsService } from './lineage/unit-events.service';
import { OrganisationModule } from './organisation/organisation.module';
import { RegistryExportService } from './registry-export.service';
import { RegistryImportService } from './registry-import.service';
import { UnitKindsController } from './unit-kinds.controller';
import { UnitKindsService } from './unit-kinds.service';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  imports: [OrganisationModule],
  controllers: [
    UnitsController,
    UnitLineageController,
    LineageSettingsController,
    UnitKindsController,
    BlocsController,
  ],
  providers: [
    UnitsService,
    UnitKindsService,
    BlocsService,
    BlocYearsService,
    RegistryImportService,
    RegistryExportService,
    LineageReader,
    UnitEventsService,
    LineageSettingsService,
  ],
  // The organisation module provides BlocAccessService (the register checks a bloc's managers).
  exports: [OrganisationModule, UnitsService, BlocsService, LineageReader],
})
export class RegistryModule {}
