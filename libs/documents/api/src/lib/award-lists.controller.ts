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
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  AwardListResponse,
  AwardListSummaryResponse,
  CertificateLayoutResponse,
  ExportJobResponse,
} from '@thidua/documents/contracts';
import {
  type AuthUser,
  CurrentUser,
  RequirePermissions,
  SigningService,
  sendDownload,
} from '@thidua/shared/api-core';
import type { Response } from 'express';

import { AwardListDecisionService } from './award-list-decision.service';
import { AwardListsService } from './award-lists.service';
import {
  AwardListQueryDto,
  CertificatesQueryDto,
  CoverLetterQueryDto,
  ExportJobRequestDto,
  ExportQueryDto,
  RecordDecisionDto,
  AwardListVersionDto,
  SaveAwardListDto,
  SaveCertificateLayoutDto,
} from './dto/award-lists.dto';
import { ExportJobsService } from './export-jobs.service';

@ApiTags('award-lists')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ version: '1' })
export class AwardListsController {
  constructor(
    private readonly lists: AwardListsService,
    private readonly decisions: AwardListDecisionService,
    private readonly signing: SigningService,
    private readonly exports: ExportJobsService,
  ) {}

  @Get('award-lists')
  @ApiOperation({ summary: 'Award lists (filters year, blocId)' })
  list(
    @Query() query: AwardListQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardListSummaryResponse[]> {
    return this.lists.list(user, query.year, query.blocId);
  }

  @Post('award-lists')
  @ApiOperation({
    summary: 'Build a list from nominations that passed their vote (bloc secretariat, admin)',
  })
  create(@Body() dto: SaveAwardListDto, @CurrentUser() user: AuthUser): Promise<AwardListResponse> {
    return this.lists.create(dto, user);
  }

  @Get('award-lists/:id')
  @ApiOperation({
    summary:
      'A list grouped I. Tập thể, II. Cá nhân, III. Hộ gia đình and by award, with its cover letter',
  })
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardListResponse> {
    return this.lists.get(id, user);
  }

  @Put('award-lists/:id')
  @ApiOperation({ summary: 'Change a draft list: rows, order, notes, cover letter fields' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveAwardListDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardListResponse> {
    return this.lists.update(id, dto, user);
  }

  @Delete('award-lists/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft list; its nominations stay as they are' })
  remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AwardListVersionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.lists.remove(id, dto, user);
  }

  @Post('award-lists/:id/send')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the list: its nominations move to "sent to the province"' })
  sendList(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AwardListVersionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardListResponse> {
    return this.lists.send(id, dto, user);
  }

  @Post('award-lists/:id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "The province's decision (admin): approved rows are decided and recorded, the others rejected",
  })
  decision(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordDecisionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardListResponse> {
    return this.lists.recordDecision(id, dto, user);
  }

  @Get('award-lists/:id/export')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOperation({
    summary:
      'The list as PDF (Nghị định 30/2020, landscape), DOCX or XLSX; signed=true: the PDF digitally signed',
  })
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ExportQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.signing.download(
      query,
      () => this.lists.exportList(id, query.format ?? 'pdf', user),
      // The list goes with its cover letter: stamped as an attachment, with the letter's number.
      {
        entity: 'awardList',
        entityId: id,
        kind: 'list',
        placement: 'attachment',
        documentNumber: query.signed ? await this.lists.coverLetterNumber(id) : null,
      },
      user,
    );
    sendDownload(res, file);
  }

  @Get('award-lists/:id/cover-letter')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOperation({ summary: 'The cover letter (tờ trình); signed=true: the PDF digitally signed' })
  async coverLetter(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CoverLetterQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.signing.download(
      query,
      () => this.lists.coverLetter(id, query.format ?? 'pdf', user),
      { entity: 'awardList', entityId: id, kind: 'coverLetter', placement: 'signer' },
      user,
    );
    sendDownload(res, file);
  }

  @Get('award-lists/:id/decision')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOperation({
    summary:
      'The decision (quyết định khen thưởng) with its attached list, of a sent or decided list; signed=true: the PDF digitally signed',
  })
  async decisionPaper(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CoverLetterQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.signing.download(
      query,
      () => this.decisions.decision(id, query.format ?? 'pdf', user),
      {
        entity: 'awardList',
        entityId: id,
        kind: 'decision',
        placement: 'signer',
        ...(query.signed ? { signerPage: await this.decisions.signerPage(id, user) } : {}),
      },
      user,
    );
    sendDownload(res, file);
  }

  @Get('award-lists/:id/certificates')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'Certificates of the decided rows: layout=design (full design) or blank (pre-printed, positions in mm)',
  })
  async certificates(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CertificatesQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    sendDownload(
      res,
      await this.lists.certificates(id, query.layout ?? 'design', query.awardTypeId, user),
    );
  }

  @Post('award-lists/:id/exports')
  @ApiOperation({ summary: 'Start a background export of a long list; poll /export-jobs/:jobId' })
  startExport(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ExportJobRequestDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ExportJobResponse> {
    return this.exports.start(id, dto.kind, dto.format, user);
  }

  @Get('export-jobs/:jobId')
  job(@Param('jobId', ParseUUIDPipe) jobId: string): Promise<ExportJobResponse> {
    return this.exports.job(jobId);
  }

  @Get('export-jobs/:jobId/file')
  async jobFile(@Param('jobId', ParseUUIDPipe) jobId: string, @Res() res: Response): Promise<void> {
    sendDownload(res, await this.exports.file(jobId));
  }

  @Get('certificate-layouts/:awardTypeId')
  layout(
    @Param('awardTypeId', ParseUUIDPipe) awardTypeId: string,
  ): Promise<CertificateLayoutResponse> {
    return this.lists.layout(awardTypeId);
  }

  @Put('certificate-layouts/:awardTypeId')
  @ApiOperation({
    summary: "An award's field positions (mm) for printing onto pre-printed blanks (admin)",
  })
  saveLayout(
    @Param('awardTypeId', ParseUUIDPipe) awardTypeId: string,
    @Body() dto: SaveCertificateLayoutDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CertificateLayoutResponse> {
    return this.lists.saveLayout(awardTypeId, dto, user);
  }
}
