import { Module } from '@nestjs/common';

import './registry.messages';
import { BlocAccessService } from './bloc-access.service';
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
    BlocAccessService,
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
  exports: [BlocAccessService, UnitsService, BlocsService, LineageReader],
})
export class RegistryModule {}
