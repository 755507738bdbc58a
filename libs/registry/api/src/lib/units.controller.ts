import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  UnitDetailResponse,
  UnitListItemResponse,
  UnitResponse,
  UnitTreeNode,
} from '@thidua/registry/contracts';
import type { Page } from '@thidua/shared/contracts';
import { type AuthUser, CurrentUser, RequirePermissions } from '@thidua/shared/api-core';

import { UnitListQueryDto, UnitTreeQueryDto } from './dto/unit-list-query.dto';
import { CreateUnitDto, UpdateUnitDto } from './dto/units.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'units', version: '1' })
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiOperation({ summary: 'List units (paged, Vietnamese order, diacritic-insensitive search)' })
  list(@Query() query: UnitListQueryDto): Promise<Page<UnitListItemResponse>> {
    return this.units.list(query);
  }

  @Get('tree')
  @ApiOperation({ summary: 'Every unit with its parent, for the tree view' })
  tree(@Query() query: UnitTreeQueryDto): Promise<UnitTreeNode[]> {
    return this.units.tree(query.includeArchived ?? false);
  }

  @Post()
  @ApiOperation({ summary: 'Register a unit (admin, bloc secretariat)' })
  create(@Body() dto: CreateUnitDto, @CurrentUser() user: AuthUser): Promise<UnitResponse> {
    return this.units.create(dto, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A unit with its sub-units and its blocs and roles by year' })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitDetailResponse> {
    return this.units.get(id, user);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change or archive a unit (admin; the secretariat of a bloc it belongs to)',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUnitDto,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitResponse> {
    return this.units.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a unit nothing refers to (admin); otherwise archive it (409)' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.units.remove(id, user);
  }
}
