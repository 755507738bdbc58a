import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
  Sse,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  BallotResponse,
  BallotResultsResponse,
  BallotSummaryResponse,
  BallotTurnoutResponse,
  MeetingResponse,
  VoteReceiptResponse,
  VoterCodeResponse,
} from '@thidua/ballots/contracts';
import {
  ApiException,
  AUTH_TOKEN_VERIFIER,
  invalidFields,
  type AuthTokenVerifier,
  type AuthUser,
  CurrentUser,
  Public,
  RequirePermissions,
  extractToken,
  sendDownload,
} from '@thidua/shared/api-core';
import { Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';

import { BallotDocumentsService } from './ballot-documents.service';
import { BallotEventsService, type SseMessage } from './ballot-events.service';
import { BallotsService, type VoterIdentity } from './ballots.service';
import {
  BallotCodeQueryDto,
  BallotActionDto,
  BallotListQueryDto,
  CastVoteDto,
  MeetingListQueryDto,
  MinutesQueryDto,
  PaperCountsDto,
  SaveBallotDto,
  SaveMeetingDto,
  SaveVotersDto,
} from './dto/ballots.dto';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'meetings', version: '1' })
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get()
  @ApiOperation({ summary: "A bloc's conferences (filters blocId, year)" })
  list(
    @Query() query: MeetingListQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingResponse[]> {
    return this.meetings.list(query, user);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a conference; one delegate per member unit on its date (the secretariat)',
  })
  create(@Body() dto: SaveMeetingDto, @CurrentUser() user: AuthUser): Promise<MeetingResponse> {
    return this.meetings.create(dto, user);
  }

  @Get(':id')
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingResponse> {
    return this.meetings.get(id, user);
  }

  @Put(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveMeetingDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingResponse> {
    return this.meetings.update(id, dto, user);
  }

  @Put(':id/voters')
  @ApiOperation({ summary: 'The delegates and who is present (before any ballot opens)' })
  putVoters(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveVotersDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MeetingResponse> {
    return this.meetings.putVoters(id, dto, user);
  }

  @Post(':id/voter-codes')
  @ApiOperation({ summary: 'One-time voting codes for delegates without an account (shown once)' })
  codes(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<VoterCodeResponse[]> {
    return this.meetings.issueCodes(id, user);
  }
}

@ApiTags('ballots')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'ballots', version: '1' })
export class BallotsController {
  constructor(
    private readonly ballots: BallotsService,
    private readonly events: BallotEventsService,
    private readonly documents: BallotDocumentsService,
    @Inject(AUTH_TOKEN_VERIFIER) private readonly verifier: AuthTokenVerifier,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      "A meeting's ballots (?meetingId=, signed in), or the ballots of a delegate's one-time ?code=",
  })
  async list(
    @Query() query: BallotListQueryDto,
    @Req() req: Request,
  ): Promise<BallotSummaryResponse[]> {
    if (query.code) return this.ballots.listForCode(query.code);
    const who = await this.identity(req, null);
    if (!who.user) throw new ApiException(401, 'common.unauthorized');
    if (!query.meetingId)
      throw invalidFields('common.validation', { meetingId: ['common.validation'] });
    return this.ballots.list(query.meetingId, who.user);
  }

  @Post()
  @ApiOperation({
    summary: 'A ballot on accepted nominations for one award; the rule defaults to the award’s',
  })
  create(@Body() dto: SaveBallotDto, @CurrentUser() user: AuthUser): Promise<BallotResponse> {
    return this.ballots.create(dto, user);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A ballot; delegates without an account add ?code=' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: BallotCodeQueryDto,
    @Req() req: Request,
  ): Promise<BallotResponse> {
    return this.ballots.get(id, await this.identity(req, query.code));
  }

  @Put(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveBallotDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.ballots.update(id, dto, user);
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the ballot (quorum checked)' })
  open(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BallotActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.ballots.open(id, dto, user);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close and count; nominations move to "voted" with their result' })
  close(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BallotActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.ballots.close(id, dto, user);
  }

  @Post(':id/votes')
  @Public()
  @ApiOperation({
    summary: 'Cast a secret vote (signed-in delegate, or `code`); answers a receipt',
  })
  async vote(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CastVoteDto,
    @Req() req: Request,
  ): Promise<VoteReceiptResponse> {
    return this.ballots.vote(id, dto, await this.identity(req, dto.code));
  }

  @Get(':id/turnout')
  @Public()
  async turnout(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: BallotCodeQueryDto,
    @Req() req: Request,
  ): Promise<BallotTurnoutResponse> {
    await this.ballots.get(id, await this.identity(req, query.code));
    return this.events.turnout(id);
  }

  @Sse(':id/events')
  @Public()
  @ApiOperation({ summary: 'Server-Sent Events: the turnout on every vote, open and close' })
  async stream(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: BallotCodeQueryDto,
    @Req() req: Request,
  ): Promise<Observable<SseMessage>> {
    await this.ballots.get(id, await this.identity(req, query.code));
    return this.events.stream(id);
  }

  @Get(':id/results')
  @Public()
  @ApiOperation({
    summary: 'One row per candidate: votes, percent with its denominator, passed, elected',
  })
  async results(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: BallotCodeQueryDto,
    @Req() req: Request,
  ): Promise<BallotResultsResponse> {
    return this.ballots.results(id, await this.identity(req, query.code));
  }

  @Get(':id/receipts')
  @Public()
  @ApiOperation({ summary: 'The published receipt codes (no choices)' })
  async receipts(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: BallotCodeQueryDto,
    @Req() req: Request,
  ): Promise<string[]> {
    await this.ballots.get(id, await this.identity(req, query.code));
    return this.ballots.receipts(id);
  }

  @Put(':id/paper-counts')
  @ApiOperation({ summary: 'Paper ballots and show of hands: the counts, checked for consistency' })
  paperCounts(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PaperCountsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.ballots.savePaperCounts(id, dto, user);
  }

  @Post(':id/runoff')
  @ApiOperation({ summary: 'A new round among the candidates tied at the K-th place' })
  runoff(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BallotActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.ballots.runoff(id, dto, user);
  }

  @Get(':id/minutes')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOperation({ summary: 'The vote-count minutes (biên bản kiểm phiếu)' })
  async minutes(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MinutesQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.documents.minutes(id, query.format ?? 'pdf', user);
    sendDownload(res, file);
  }

  @Get(':id/papers')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Ballot papers to print, one per delegate present' })
  async papers(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    sendDownload(res, await this.documents.papers(id, user));
  }

  /** Public endpoints: the session when there is one, else the one-time code. */
  private async identity(req: Request, code: string | null | undefined): Promise<VoterIdentity> {
    const token = extractToken(req);
    const user = token ? await this.verifier.verify(token) : null;
    return { user, code: code ?? null };
  }
}
