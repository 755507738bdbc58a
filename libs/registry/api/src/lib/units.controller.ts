import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UnitListItemResponse } from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { RequirePermissions } from '@thidua/shared/api-core';

import { UnitListQueryDto } from './dto/unit-list-query.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller({ path: 'units', version: '1' })
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @RequirePermissions('registry.read')
  @ApiOperation({ summary: 'List units (paged, Vietnamese order, diacritic-insensitive search)' })
  list(@Query() query: UnitListQueryDto): Promise<Page<UnitListItemResponse>> {
    return this.units.list(query);
  }
}
