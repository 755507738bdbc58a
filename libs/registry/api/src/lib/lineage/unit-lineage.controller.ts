import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  LineageSettingsResponse,
  UnitEventResponse,
  UnitLineageResponse,
} from '@thidua/registry/contracts';
import { type AuthUser, CurrentUser, RequirePermissions } from '@thidua/shared/api-core';

import { LineageReader } from './lineage-reader';
import { LineageSettingsService } from './lineage-settings.service';
import { CreateUnitEventDto, UpdateLineageSettingsDto } from './unit-events.dto';
import { UnitEventsService } from './unit-events.service';

@ApiTags('units')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'units/:id', version: '1' })
export class UnitLineageController {
  constructor(
    private readonly events: UnitEventsService,
    private readonly reader: LineageReader,
  ) {}

  @Get('events')
  @ApiOperation({
    summary: "A unit's events (rename, merge, absorb, split, move, dissolve), newest first",
  })
  list(@Param('id', ParseUUIDPipe) id: string): Promise<UnitEventResponse[]> {
    return this.reader.eventsOf(id);
  }

  @Post('events')
  @RequirePermissions('registry.manage')
  @ApiOperation({
    summary:
      'Record an event of the unit with its decision (admin): checked against every event before it',
  })
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateUnitEventDto,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitEventResponse> {
    return this.events.create(id, dto, user);
  }

  @Delete('events/:eventId')
  @HttpCode(204)
  @RequirePermissions('registry.manage')
  @ApiOperation({ summary: 'Undo the newest event of its units (admin), until they change again' })
  undo(
    @Param('id', ParseUUIDPipe) _id: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.events.undo(eventId, user);
  }

  @Get('lineage')
  @ApiOperation({
    summary:
      "A unit's names over time, predecessors and successors, and whose history counts for it",
  })
  lineage(@Param('id', ParseUUIDPipe) id: string): Promise<UnitLineageResponse> {
    return this.reader.lineage(id);
  }
}

@ApiTags('units')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'lineage-settings', version: '1' })
export class LineageSettingsController {
  constructor(private readonly settings: LineageSettingsService) {}

  @Get()
  @ApiOperation({ summary: "The rule by which a successor inherits its predecessors' history" })
  get(): Promise<LineageSettingsResponse> {
    return this.settings.get();
  }

  @Put()
  @RequirePermissions('registry.manage')
  @ApiOperation({ summary: 'Change the inheritance rule and its citation (admin)' })
  update(
    @Body() dto: UpdateLineageSettingsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LineageSettingsResponse> {
    return this.settings.update(dto, user);
  }
}
