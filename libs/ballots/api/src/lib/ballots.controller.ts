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
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
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
  assertPasswordChanged,
  invalidFields,
  type AuthTokenVerifier,
  type AuthUser,
  CurrentUser,
  Public,
  RequirePermissions,
  SigningService,
  extractToken,
  sendDownload,
} from '@thidua/shared/api-core';
import { Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';

import { BallotCountingService } from './ballot-counting.service';
import { BallotDocumentsService } from './ballot-documents.service';
import { BallotEventsService, type SseMessage } from './ballot-events.service';
import { BallotRunningService } from './ballot-running.service';
import { BallotVotingService } from './ballot-voting.service';
import { BallotsService, type VoterIdentity } from './ballots.service';
import {
  BallotActionDto,
  BallotListQueryDto,
  CastVoteDto,
  MeetingListQueryDto,
  MinutesQueryDto,
  PaperCountsDto,
  ReissueCodeDto,
  SaveBallotDto,
  SaveMeetingDto,
  SaveMinutesNumberDto,
  SaveVotersDto,
  TallyDto,
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
  @ApiOperation({
    summary:
      'One-time voting codes for the delegates without an account who have none yet (shown once; only their hashes are kept)',
  })
  codes(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<VoterCodeResponse[]> {
    return this.meetings.issueCodes(id, user);
  }

  @Post(':id/voters/:voterId/voter-code')
  @ApiOperation({
    summary:
      "A lost code reissued for one delegate (the old one stops working); while a ballot is open it needs the chair's approval and a reason, and is counted on the projector and in the minutes",
  })
  reissueCode(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('voterId', ParseUUIDPipe) voterId: string,
    @Body() dto: ReissueCodeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<VoterCodeResponse> {
    return this.meetings.reissueCode(id, voterId, dto, user);
  }
}

/** A delegate's one-time code travels in this header (never in a URL); nothing logs it. */
export const VOTING_CODE_HEADER = 'x-voting-code';

const codeHeader = ApiHeader({
  name: 'X-Voting-Code',
  required: false,
  description: 'The one-time code of a delegate without an account',
});

@ApiTags('ballots')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'ballots', version: '1' })
export class BallotsController {
  constructor(
    private readonly ballots: BallotsService,
    private readonly running: BallotRunningService,
    private readonly voting: BallotVotingService,
    private readonly counting: BallotCountingService,
    private readonly events: BallotEventsService,
    private readonly documents: BallotDocumentsService,
    private readonly signing: SigningService,
    @Inject(AUTH_TOKEN_VERIFIER) private readonly verifier: AuthTokenVerifier,
  ) {}

  @Get()
  @Public()
  @codeHeader
  @ApiOperation({
    summary:
      "A meeting's ballots (?meetingId=, signed in), or those of the X-Voting-Code's meeting",
  })
  async list(
    @Query() query: BallotListQueryDto,
    @Req() req: Request,
  ): Promise<BallotSummaryResponse[]> {
    const who = await this.identity(req);
    if (who.code && !query.meetingId) return this.ballots.listForCode(who.code);
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
    return this.running.create(dto, user);
  }

  @Get(':id')
  @Public()
  @codeHeader
  @ApiOperation({ summary: 'A ballot; delegates without an account send X-Voting-Code' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request): Promise<BallotResponse> {
    return this.ballots.get(id, await this.identity(req));
  }

  @Put(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveBallotDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.running.update(id, dto, user);
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Open the ballot (quorum checked); a secret ballot's answer carries the committee's key shares, once",
  })
  open(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BallotActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.running.open(id, dto, user);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Close; open and paper ballots are counted at once, a secret ballot waits for the committee (tally)',
  })
  close(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BallotActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.running.close(id, dto, user);
  }

  @Post(':id/tally')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Count a closed secret ballot with k of the committee's shares: only the totals are decrypted",
  })
  tally(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TallyDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.counting.tally(id, dto, user);
  }

  @Post(':id/votes')
  @Public()
  @codeHeader
  @ApiOperation({
    summary:
      'Cast a vote (signed-in delegate, or X-Voting-Code); a secret ballot takes the encrypted ballot and answers its tracker',
  })
  async vote(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CastVoteDto,
    @Req() req: Request,
  ): Promise<VoteReceiptResponse> {
    return this.voting.vote(id, dto, await this.identity(req, dto.code));
  }

  @Get(':id/turnout')
  @Public()
  @codeHeader
  async turnout(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() req: Request,
  ): Promise<BallotTurnoutResponse> {
    await this.ballots.get(id, await this.identity(req));
    return this.events.turnout(id);
  }

  @Sse(':id/events')
  @ApiOperation({ summary: 'Server-Sent Events: the turnout on every vote, open and close' })
  async stream(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<Observable<SseMessage>> {
    await this.ballots.get(id, { user, code: null });
    return this.events.stream(id);
  }

  @Get(':id/results')
  @Public()
  @codeHeader
  @ApiOperation({
    summary: 'One row per candidate: votes, percent with its denominator, passed, elected',
  })
  async results(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() req: Request,
  ): Promise<BallotResultsResponse> {
    return this.counting.results(id, await this.identity(req));
  }

  @Get(':id/receipts')
  @Public()
  @codeHeader
  @ApiOperation({ summary: 'The trackers of the counted votes, after the count (no choices)' })
  async receipts(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request): Promise<string[]> {
    await this.ballots.get(id, await this.identity(req));
    return this.counting.receipts(id);
  }

  @Get(':id/board')
  @Public()
  @codeHeader
  @ApiProduces('application/json')
  @ApiOperation({
    summary:
      "The bulletin board of a counted secret ballot: parameters, public key, every encrypted vote with its proofs, the totals and the decryption proofs; its SHA-256 is the ballot's fingerprint",
  })
  async board(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.ballots.get(id, await this.identity(req));
    const board = await this.counting.board(id);
    sendDownload(res, {
      buffer: Buffer.from(board.text, 'utf8'),
      contentType: 'application/json',
      fileName: `Hồ sơ phiếu bầu ${board.fingerprint.slice(0, 12)}.json`,
    });
  }

  @Put(':id/paper-counts')
  @ApiOperation({
    summary:
      "Paper ballots and show of hands: the counts, checked for consistency (a secret ballot's paper ballots add to its electronic totals)",
  })
  paperCounts(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PaperCountsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.counting.savePaperCounts(id, dto, user);
  }

  @Post(':id/runoff')
  @ApiOperation({ summary: 'A new round among the candidates tied at the K-th place' })
  runoff(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BallotActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.running.runoff(id, dto, user);
  }

  @Put(':id/minutes-number')
  @ApiOperation({
    summary:
      "The minutes' number and symbol (3/BB-KTĐ), taken from the bloc's register or typed; null takes it back",
  })
  saveMinutesNumber(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveMinutesNumberDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BallotResponse> {
    return this.documents.saveMinutesNumber(id, dto, user);
  }

  @Get(':id/minutes')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOperation({
    summary: 'The vote-count minutes (biên bản kiểm phiếu); signed=true: the PDF digitally signed',
  })
  async minutes(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MinutesQueryDto,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.signing.download(
      query,
      () => this.documents.minutes(id, query.format ?? 'pdf', user),
      { entity: 'ballot', entityId: id, kind: 'minutes', placement: 'signer' },
      user,
    );
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

  /**
   * Public endpoints: the session when there is one, and the one-time code from the X-Voting-Code
   * header (or a vote's body), read as printed or typed.
   */
  private async identity(req: Request, bodyCode?: string | null): Promise<VoterIdentity> {
    const token = extractToken(req);
    const user = token ? await this.verifier.verify(token) : null;
    assertPasswordChanged(user);
    const header = req.headers[VOTING_CODE_HEADER];
    const raw = bodyCode ?? (typeof header === 'string' ? header : null);
    const code = raw ? raw.toUpperCase().replace(/[\s-]/g, '') : null;
    if (code !== null && !/^[A-Z0-9]{6,12}$/.test(code) && !user)
      throw new ApiException(401, 'ballots.badCode');
    return { user, code: code && /^[A-Z0-9]{6,12}$/.test(code) ? code : null };
  }
}
