import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UnitKindResponse } from '@thidua/registry/contracts';
import { type AuthUser, CurrentUser, RequirePermissions } from '@thidua/shared/api-core';

import { CreateUnitKindDto, UpdateUnitKindDto } from './dto/units.dto';
import { UnitKindsService } from './unit-kinds.service';

@ApiTags('unit-kinds')
@ApiBearerAuth()
@Controller({ path: 'unit-kinds', version: '1' })
export class UnitKindsController {
  constructor(private readonly kinds: UnitKindsService) {}

  @Get()
  @RequirePermissions('registry.read')
  @ApiOperation({ summary: 'Unit kinds, in their order' })
  list(): Promise<UnitKindResponse[]> {
    return this.kinds.list();
  }

  @Post()
  @RequirePermissions('registry.manage')
  @ApiOperation({ summary: 'Add a unit kind (admin)' })
  create(@Body() dto: CreateUnitKindDto, @CurrentUser() user: AuthUser): Promise<UnitKindResponse> {
    return this.kinds.create(dto, user);
  }

  @Patch(':id')
  @RequirePermissions('registry.manage')
  @ApiOperation({ summary: 'Rename, reorder or deactivate a unit kind (admin)' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUnitKindDto,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitKindResponse> {
    return this.kinds.update(id, dto, user);
  }
}
