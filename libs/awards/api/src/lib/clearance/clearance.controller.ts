import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  type Type,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ClearanceKind,
  ClearanceRequestResponse,
  ClearanceRequestSummaryResponse,
} from '@thidua/awards/contracts';
import {
  type AuthUser,
  CurrentUser,
  FileUpload,
  MAX_UPLOAD_BYTES,
  RequirePermissions,
  type UploadedFileLike,
} from '@thidua/shared/api-core';
import type { AttachmentResponse } from '@thidua/shared/contracts';

import { ClearanceAnswersService } from './clearance-answers.service';
import {
  AnswerClearanceDto,
  ClearanceOverrideDto,
  ClearanceQueryDto,
  CreateClearanceDto,
} from './clearance.dto';
import { ClearanceService } from './clearance.service';

const NAMES: Record<ClearanceKind, string> = {
  clearance: 'clearance round (xác nhận)',
  concurrence: 'concurrence request (hiệp y)',
};

/**
 * `/clearance-rounds` and `/concurrence-requests`: the same endpoints over one model. The board
 * (`clearance.manage`) opens and follows; a clearance office reads and answers what it was sent.
 */
function clearanceController(kind: ClearanceKind, path: string): Type<unknown> {
  const name = NAMES[kind];

  @ApiTags(path)
  @ApiBearerAuth()
  @Controller({ path, version: '1' })
  class ClearanceRequestsController {
    constructor(
      readonly requests: ClearanceService,
      readonly answers: ClearanceAnswersService,
    ) {}

    @Get()
    @ApiOperation({ summary: `Each ${name}: all for the board, its own for a clearance office` })
    list(
      @Query() query: ClearanceQueryDto,
      @CurrentUser() user: AuthUser,
    ): Promise<ClearanceRequestSummaryResponse[]> {
      return this.requests.list(kind, user, query.year);
    }

    @Post()
    @RequirePermissions('clearance.manage')
    @ApiOperation({ summary: `Open a ${name} for an award list or a batch of nominations` })
    create(
      @Body() dto: CreateClearanceDto,
      @CurrentUser() user: AuthUser,
    ): Promise<ClearanceRequestResponse> {
      return this.requests.create(kind, dto, user);
    }

    @Get(':id')
    @ApiOperation({ summary: `A ${name} with its nominees and answers (an office: its own)` })
    get(
      @Param('id', ParseUUIDPipe) id: string,
      @CurrentUser() user: AuthUser,
    ): Promise<ClearanceRequestResponse> {
      return this.requests.get(kind, id, user);
    }

    @Post(':id/answers')
    @HttpCode(200)
    @RequirePermissions('clearance.answer')
    @ApiOperation({ summary: `A clearance office's answer about one nominee of a ${name}` })
    answer(
      @Param('id', ParseUUIDPipe) id: string,
      @Body() dto: AnswerClearanceDto,
      @CurrentUser() user: AuthUser,
    ): Promise<ClearanceRequestResponse> {
      return this.answers.answer(kind, id, dto, user);
    }

    @Post(':id/documents')
    @RequirePermissions('clearance.answer')
    @FileUpload(MAX_UPLOAD_BYTES)
    @ApiOperation({ summary: `Upload a document for an answer (PDF, DOCX, PNG, JPEG ≤ 10 MB)` })
    upload(
      @Param('id', ParseUUIDPipe) id: string,
      @UploadedFile() file: UploadedFileLike | undefined,
      @CurrentUser() user: AuthUser,
    ): Promise<AttachmentResponse> {
      return this.answers.upload(kind, id, file, user);
    }
  }
  Object.defineProperty(ClearanceRequestsController, 'name', {
    value: kind === 'clearance' ? 'ClearanceRoundsController' : 'ConcurrenceRequestsController',
  });
  return ClearanceRequestsController;
}

export const ClearanceRoundsController = clearanceController('clearance', 'clearance-rounds');
export const ConcurrenceRequestsController = clearanceController(
  'concurrence',
  'concurrence-requests',
);

@ApiTags('clearance-overrides')
@ApiBearerAuth()
@RequirePermissions('clearance.manage')
@Controller({ path: 'clearance-overrides', version: '1' })
export class ClearanceOverridesController {
  constructor(private readonly requests: ClearanceService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The council lets a nominee into a decision despite an objection or a silent office, with its reason',
  })
  override(
    @Body() dto: ClearanceOverrideDto,
    @CurrentUser() user: AuthUser,
  ): Promise<{ nominationId: string }> {
    return this.requests.override(dto, user);
  }
}
