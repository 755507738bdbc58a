import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AWARD_KINDS,
  type AwardKind,
  BALLOT_DENOMINATORS,
  BENEFICIARY_KINDS,
  type BallotComparator,
  type BallotDenominator,
  type BeneficiaryKind,
  type CollectiveFigures,
  NOMINATION_ACTIONS,
  NOMINATION_STATUSES,
  type NominationAction,
  type NominationStatus,
  PERFORMANCE_RATINGS,
  type PerformanceRating,
  type Prerequisite,
  REVIEW_FLAG_KINDS,
  type ReviewFlagKind,
  SEXES,
  type SaveAwardHistoryRequest,
  type SaveAwardRuleVersionRequest,
  type SaveAwardTypeRequest,
  type SaveHouseholdRequest,
  type SaveNominationRequest,
  type SavePersonRequest,
  type Sex,
  type NominationTransitionRequest,
} from '@thidua/awards/contracts';
import {
  DecimalNumber,
  ListQueryDto,
  NoControlCharacters,
  NormalizeNfc,
  NormalizeText,
  ReadVersion,
  boolParam,
  emptyToNull,
  intParam,
} from '@thidua/shared/api-core';
import { Transform, Type } from 'class-transformer';
import {
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
  ValidateNested,
  registerDecorator,
} from 'class-validator';

const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** A prerequisite in the catalogue: one of the shapes the eligibility rules understand. */
function IsPrerequisiteList(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPrerequisiteList',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.length <= 10 &&
          value.every((p: Record<string, unknown>) => {
            if (!p || typeof p !== 'object') return false;
            const applies = p['appliesTo'];
            if (
              applies !== undefined &&
              !(
                Array.isArray(applies) &&
                applies.every((k) => (BENEFICIARY_KINDS as readonly unknown[]).includes(k))
              )
            ) {
              return false;
            }
            const keys = Object.keys(p).filter((k) => k !== 'appliesTo').length;
            const int = (v: unknown, max: number) =>
              Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
            const code = (v: unknown) => typeof v === 'string' && /^[A-Z0-9_]{1,20}$/.test(v);
            switch (p['kind']) {
              case 'consecutiveTitles':
                return code(p['awardCode']) && int(p['years'], 10) && keys === 3;
              case 'consecutiveTitlesOrExcellence':
                return (
                  code(p['awardCode']) &&
                  int(p['years'], 10) &&
                  int(p['initiatives'], 20) &&
                  keys === 4
                );
              case 'leadsBloc':
                return keys === 1;
              case 'memberShares':
                return (
                  typeof p['minLdttPercent'] === 'number' &&
                  p['minLdttPercent'] >= 0 &&
                  p['minLdttPercent'] <= 100 &&
                  typeof p['allComplete'] === 'boolean' &&
                  int(p['minCstdcs'], 1000) &&
                  keys === 4
                );
              default:
                return false;
            }
          }),
        defaultMessage: () => 'invalid prerequisites',
      },
    });
}

export class SaveAwardTypeDto implements SaveAwardTypeRequest {
  @ApiProperty({ example: 'BKT' })
  @Transform(upper)
  @IsString()
  @Matches(/^[A-Z0-9_]{1,20}$/)
  code!: string;

  @ApiProperty({ example: 'Bằng khen của Chủ tịch UBND tỉnh' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  name!: string;

  @ApiProperty({ enum: ['title', 'commendation'] })
  @IsIn(['title', 'commendation'])
  category!: 'title' | 'commendation';

  @ApiProperty({ enum: BENEFICIARY_KINDS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(BENEFICIARY_KINDS, { each: true })
  beneficiaryKinds!: BeneficiaryKind[];

  @ApiProperty({ example: 'Chủ tịch UBND tỉnh' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  decidingAuthority!: string;

  @ApiProperty({ enum: AWARD_KINDS })
  @IsIn(AWARD_KINDS)
  kind!: AwardKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999)
  sortOrder?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @ReadVersion({ optional: true })
  version?: number;
}

export class BallotRuleDto {
  @DecimalNumber(2)
  @Min(1)
  @Max(100)
  threshold!: number;

  @IsIn(BALLOT_DENOMINATORS)
  denominator!: BallotDenominator;

  @IsIn(['gt', 'gte'])
  comparator!: BallotComparator;
}

export class SaveAwardRuleVersionDto implements SaveAwardRuleVersionRequest {
  @ApiProperty({ example: '2025-07-01' })
  @IsDateString({ strict: true })
  effectiveFrom!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsDateString({ strict: true })
  effectiveTo?: string | null;

  @ApiProperty({ example: 'Điều 74 Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP' })
  @NormalizeNfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @NoControlCharacters()
  legalCitation!: string;

  @ApiProperty({ example: 1.5 })
  @DecimalNumber(2)
  @Min(0)
  @Max(100)
  bonusCoefficient!: number;

  @ApiProperty({ type: BallotRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => BallotRuleDto)
  ballot!: BallotRuleDto;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  quotaPerBloc?: number | null;

  @ApiProperty({ description: 'Prerequisite objects (see the contracts)' })
  @IsPrerequisiteList()
  prerequisites!: Prerequisite[];

  @ReadVersion({ of: 'award' })
  version!: number;
}

export class SavePersonDto implements SavePersonRequest {
  @ApiProperty({ example: 'Hoàng Thị Hiên' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @NoControlCharacters()
  fullName!: string;

  @ApiPropertyOptional({ nullable: true, example: 1985 })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2030)
  birthYear?: number | null;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  position?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @ReadVersion({ optional: true })
  version?: number;
}

export class SaveHouseholdDto implements SaveHouseholdRequest {
  @ApiProperty({ example: 'Giàng A Sử' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @NoControlCharacters()
  headName!: string;

  @ApiProperty({ example: 'Thôn Séo Mý Tỷ, xã Tả Van' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  address!: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @ReadVersion({ optional: true })
  version?: number;
}

export class SaveAwardHistoryDto implements SaveAwardHistoryRequest {
  @ApiProperty()
  @IsInt()
  @Min(1945)
  @Max(2100)
  year!: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  awardTypeId!: string;

  @ApiProperty({ enum: BENEFICIARY_KINDS })
  @IsIn(BENEFICIARY_KINDS)
  beneficiaryKind!: BeneficiaryKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  beneficiaryId!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(60)
  @NoControlCharacters()
  decisionNumber?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsDateString({ strict: true })
  decisionDate?: string | null;
}

export class SaveReviewFlagDto {
  @ApiProperty({ enum: BENEFICIARY_KINDS })
  @IsIn(BENEFICIARY_KINDS)
  beneficiaryKind!: BeneficiaryKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  beneficiaryId!: string;

  @ApiProperty({ enum: REVIEW_FLAG_KINDS })
  @IsIn(REVIEW_FLAG_KINDS)
  kind!: ReviewFlagKind;

  @ApiProperty()
  @IsDateString({ strict: true })
  fromDate!: string;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsDateString({ strict: true })
  toDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(2000)
  @NoControlCharacters()
  note?: string | null;
}

export class SavePersonYearRecordDto {
  @ApiProperty({ enum: PERFORMANCE_RATINGS })
  @IsIn(PERFORMANCE_RATINGS)
  rating!: PerformanceRating;

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(100)
  initiatives!: number;

  @ReadVersion({ of: 'record', first: 0 })
  version!: number;
}

export class CollectiveFiguresDto implements CollectiveFigures {
  @IsInt() @Min(1) @Max(100000) memberCount!: number;
  @IsInt() @Min(0) @Max(100000) ldttCount!: number;
  @IsInt() @Min(0) @Max(100000) cstdcsCount!: number;
  @IsBoolean() allCompleted!: boolean;
  @IsInt() @Min(0) @Max(100000) disciplinedCount!: number;
  @IsInt() @Min(0) @Max(100000) womenCount!: number;
}

export class SaveNominationDto implements SaveNominationRequest {
  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  awardTypeId!: string;

  @ApiProperty({ enum: BENEFICIARY_KINDS })
  @IsIn(BENEFICIARY_KINDS)
  beneficiaryKind!: BeneficiaryKind;

  @ApiProperty({ format: 'uuid', description: 'The unit (collective), person or household' })
  @IsUUID()
  beneficiaryId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  proposingUnitId!: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  movementId?: string | null;

  @ApiProperty({ description: 'Summary of achievements (tóm tắt thành tích)' })
  @NormalizeNfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  @NoControlCharacters()
  summary!: string;

  @ApiPropertyOptional({ type: CollectiveFiguresDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CollectiveFiguresDto)
  figures?: CollectiveFiguresDto | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  reportAttachmentId?: string | null;

  @ReadVersion({ optional: true })
  version?: number;
}

export class VoteDto {
  @IsInt() @Min(0) @Max(100000) votes!: number;
  @IsInt() @Min(1) @Max(100000) denominator!: number;
  @IsBoolean() passed!: boolean;
}

export class NominationTransitionDto implements NominationTransitionRequest {
  @ApiProperty({ enum: NOMINATION_ACTIONS })
  @IsIn(NOMINATION_ACTIONS)
  action!: NominationAction;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(2000)
  @NoControlCharacters()
  reason?: string | null;

  @ApiPropertyOptional({ type: VoteDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => VoteDto)
  vote?: VoteDto | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(60)
  @NoControlCharacters()
  decisionNumber?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Transform(emptyToNull)
  @IsOptional()
  @IsDateString({ strict: true })
  decisionDate?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  overrideBlockers?: boolean;

  @ReadVersion()
  version!: number;
}

export class BeneficiaryListQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class AwardHistoryQueryDto extends ListQueryDto {
  @IsOptional() @Transform(intParam) @IsInt() @Min(1945) @Max(2100) year?: number;
  @IsOptional() @IsUUID() awardTypeId?: string;
  @IsOptional() @IsIn(BENEFICIARY_KINDS) beneficiaryKind?: BeneficiaryKind;
  @IsOptional() @IsUUID() unitId?: string;
  @IsOptional() @IsUUID() personId?: string;
  @IsOptional() @IsUUID() householdId?: string;
}

export class NominationListQueryDto extends ListQueryDto {
  @IsOptional() @Transform(intParam) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsUUID() blocId?: string;
  @IsOptional() @IsUUID() awardTypeId?: string;
  @IsOptional() @IsIn(NOMINATION_STATUSES) status?: NominationStatus;
  @IsOptional() @IsIn(BENEFICIARY_KINDS) beneficiaryKind?: BeneficiaryKind;
  @IsOptional() @IsUUID() proposingUnitId?: string;
}

export class ImportQueryDto {
  @IsOptional()
  @Transform(boolParam)
  @IsBoolean()
  dryRun?: boolean;
}
