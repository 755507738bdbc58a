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
  Query,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MovementListItemResponse, MovementResponse } from '@thidua/movements/contracts';
import type { Page } from '@thidua/shared/contracts';
import {
  type AuthUser,
  CurrentUser,
  FileUpload,
  MAX_UPLOAD_BYTES,
  RequirePermissions,
  type UploadedFileLike,
} from '@thidua/shared/api-core';

import {
  MovementListQueryDto,
  MovementTransitionDto,
  ReportMovementResultDto,
  SaveExemplaryModelDto,
  SaveMovementDto,
  UpdateMovementDto,
} from './dto/movements.dto';
import { MovementsService } from './movements.service';

@ApiTags('movements')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'movements', version: '1' })
export class MovementsController {
  constructor(private readonly movements: MovementsService) {}

  @Get()
  @ApiOperation({ summary: 'Movements and campaigns (filters: kind, status, year, blocId)' })
  list(@Query() query: MovementListQueryDto): Promise<Page<MovementListItemResponse>> {
    return this.movements.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a movement as a draft (admin, bloc secretariat)' })
  create(@Body() dto: SaveMovementDto, @CurrentUser() user: AuthUser): Promise<MovementResponse> {
    return this.movements.create(dto, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A movement with targets, participants, documents, models and results' })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MovementResponse> {
    return this.movements.get(id, user);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a movement (optimistic version)' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateMovementDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MovementResponse> {
    return this.movements.update(id, dto, user);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'launch (draft → launched), end (launched → ended), reopen (ended → launched)',
  })
  transition(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MovementTransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MovementResponse> {
    return this.movements.transition(id, dto, user);
  }

  @Put(':id/results')
  @ApiOperation({
    summary: "A unit's results against the targets (its own unit; admin any participant)",
  })
  reportResults(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReportMovementResultDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MovementResponse> {
    return this.movements.reportResults(id, dto, user);
  }

  @Post(':id/models')
  @ApiOperation({ summary: 'Record an exemplary model (mô hình, điển hình tiên tiến)' })
  addModel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveExemplaryModelDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MovementResponse> {
    return this.movements.addModel(id, dto, user);
  }

  @Delete(':id/models/:modelId')
  @ApiOperation({ summary: 'Remove an exemplary model' })
  removeModel(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('modelId', ParseUUIDPipe) modelId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MovementResponse> {
    return this.movements.removeModel(id, modelId, user);
  }

  @Post(':id/documents')
  @FileUpload(MAX_UPLOAD_BYTES)
  @ApiOperation({
    summary: 'Attach a document (PDF or DOCX, ≤ 10 MB; type checked from the bytes)',
  })
  addDocument(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedFileLike | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<MovementResponse> {
    return this.movements.addDocument(id, file, user);
  }
}
