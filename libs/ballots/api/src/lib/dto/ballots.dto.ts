import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BALLOT_METHODS,
  BALLOT_MODES,
  type BallotActionRequest,
  type BallotMethod,
  type BallotMode,
  type CastVoteRequest,
  type ReissueCodeRequest,
  type TallyBallotRequest,
  type SaveBallotRequest,
  type SaveMeetingRequest,
  type SaveMinutesNumberRequest,
  type SavePaperCountsRequest,
  type SaveVotersRequest,
} from '@thidua/ballots/contracts';
import { BallotRuleDto } from '@thidua/awards/api';
import {
  DecimalNumber,
  NestedList,
  NoControlCharacters,
  NormalizeText,
  ReadVersion,
  emptyToNull,
  nfcList,
  SignedDownloadQueryDto,
} from '@thidua/shared/api-core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  registerDecorator,
} from 'class-validator';

export class SaveMeetingDto implements SaveMeetingRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() blocId!: string;
  @ApiProperty({ example: 2023 }) @IsInt() @Min(2000) @Max(2100) year!: number;

  @ApiProperty({ example: 'Hội nghị tổng kết phong trào thi đua năm 2023' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  title!: string;

  @ApiProperty({ example: '2023-12-19' }) @IsDateString({ strict: true }) meetingDate!: string;

  @ApiProperty({ example: 'Hội trường đơn vị Trưởng khối' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  place!: string;

  @ApiProperty()
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  chair!: string;
  @ApiProperty()
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  secretary!: string;

  @ApiProperty({ type: [String] })
  @Transform(nfcList)
  @IsArray()
  @ArrayMaxSize(15)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(255, { each: true })
  @NoControlCharacters({ each: true })
  countingCommittee!: string[];

  @ApiPropertyOptional({ example: 66.67 })
  @IsOptional()
  @DecimalNumber(2)
  @Min(1)
  @Max(100)
  quorumPercent?: number;

  @ApiPropertyOptional({
    example: 2,
    description: 'k of the committee: shares needed to count a secret ballot (default a majority)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(15)
  committeeThreshold?: number;

  @ReadVersion({ optional: true })
  version?: number;
}

export class VoterDto {
  @Transform(emptyToNull) @IsOptional() @IsUUID() unitId?: string | null;
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @NoControlCharacters()
  delegateName!: string;
  @Transform(emptyToNull) @IsOptional() @IsUUID() userId?: string | null;
  @IsBoolean() isPresent!: boolean;
}

export class SaveVotersDto implements SaveVotersRequest {
  @NestedList(VoterDto, { min: 1, max: 200 })
  voters!: VoterDto[];

  @ReadVersion({ of: 'meeting' })
  version!: number;
}

export class SaveBallotDto implements SaveBallotRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() meetingId!: string;

  @ApiProperty({ example: 'Suy tôn đơn vị dẫn đầu đề nghị Cờ thi đua của UBND tỉnh' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  title!: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID() awardTypeId!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  nominationIds!: string[];

  @ApiProperty({ enum: BALLOT_METHODS }) @IsIn(BALLOT_METHODS) method!: BallotMethod;
  @ApiProperty({ enum: BALLOT_MODES }) @IsIn(BALLOT_MODES) mode!: BallotMode;

  @ApiPropertyOptional({
    type: BallotRuleDto,
    description: "Defaults to the award's rule in force",
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BallotRuleDto)
  rule?: BallotRuleDto;

  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(200) maxWinners!: number;

  @ReadVersion({ optional: true })
  version?: number;
}

/** { nominationId: 'agree' | 'disagree' | 'abstain' } with uuid keys. */
function IsApprovalMap(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isApprovalMap',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          !!value &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          Object.keys(value).length <= 200 &&
          Object.entries(value as Record<string, unknown>).every(
            ([k, v]) =>
              /^[0-9a-f-]{36}$/i.test(k) && ['agree', 'disagree', 'abstain'].includes(v as string),
          ),
        defaultMessage: () => 'invalid approvals',
      },
    });
}

/** A voting code as printed or typed: any case, spaces and dashes left out. */
export const normalizeCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toUpperCase().replace(/[\s-]/g, '') : value;

export class CastVoteDto implements CastVoteRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Made by the phone once per ballot; a retry with it gets the same receipt',
  })
  @IsOptional()
  @IsUUID()
  voteId?: string;

  @ApiPropertyOptional({
    description:
      'Secret ballots: the encrypted ballot { choices: [{ alpha, beta, proof }], overall } (docs/ballot-verification.md)',
  })
  @IsOptional()
  @IsObject()
  ballot?: object;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  choices?: string[];

  @ApiPropertyOptional({ description: '{ nominationId: agree | disagree | abstain }' })
  @IsOptional()
  @IsApprovalMap()
  approvals?: Record<string, 'agree' | 'disagree' | 'abstain'>;

  @ApiPropertyOptional({
    description: 'The one-time code of a delegate without an account (or the X-Voting-Code header)',
  })
  @IsOptional()
  @Transform(normalizeCode)
  @IsString()
  @Matches(/^[A-Z0-9]{6,12}$/)
  code?: string;
}

export class TallyDto implements TallyBallotRequest {
  @ApiProperty({
    type: [String],
    description: "k of the counting committee's shares, as printed (case, spaces and dashes free)",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  shares!: string[];

  @ReadVersion({ of: 'ballot' })
  version!: number;
}

export class ReissueCodeDto implements ReissueCodeRequest {
  @ApiProperty({ example: 'Đại biểu làm mất phiếu ghi mã' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  reason!: string;

  @ApiProperty({ description: 'The chair agreed (required while a ballot is open)' })
  @IsBoolean()
  isChairApproved!: boolean;
}

export class PaperCountsDto implements SavePaperCountsRequest {
  @ApiProperty() @IsInt() @Min(0) @Max(100000) issued!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100000) returned!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100000) valid!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100000) invalid!: number;

  @ApiProperty({ description: '{ nominationId: votes }' })
  @IsObject()
  votes!: Record<string, number>;

  @ReadVersion({ of: 'ballot' })
  version!: number;
}

export class BallotActionDto implements BallotActionRequest {
  @ReadVersion({ of: 'ballot' })
  version!: number;
}

export class SaveMinutesNumberDto implements SaveMinutesNumberRequest {
  @ApiProperty({ example: '3/BB-KTĐ', nullable: true, type: String })
  @NormalizeText()
  @Transform(emptyToNull)
  @ValidateIf((o: SaveMinutesNumberDto) => o.minutesNumber !== null)
  @IsString()
  @MaxLength(80)
  @NoControlCharacters()
  minutesNumber!: string | null;

  @ReadVersion({ of: 'ballot' })
  version!: number;
}

export class MeetingListQueryDto {
  @IsOptional() @IsUUID() blocId?: string;
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class BallotListQueryDto {
  @IsOptional() @IsUUID() meetingId?: string;
}

/** `signed=true` signs the PDF (see `SigningService.download`). */
export class MinutesQueryDto extends SignedDownloadQueryDto {
  @IsOptional() @IsIn(['pdf', 'docx']) format?: 'pdf' | 'docx';
}
