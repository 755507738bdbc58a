import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentRecipients,
  type DocumentSigner,
  type IssuingBody,
  LEGAL_DOCUMENT_KINDS,
  type LegalDocumentKind,
  SIGNING_CAPACITIES,
  type SaveLegalDocumentRequest,
  type SaveOrganisationProfileRequest,
  type SigningCapacity,
} from '@thidua/registry/contracts';
import {
  NestedList,
  NoControlCharacters,
  NormalizeNfc,
  NormalizeText,
  ReadVersion,
  nfcList,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** A short line of text: trimmed, single spaces, NFC, no control characters. */
const Line = (max: number, required = true) =>
  applyDecorators(
    NormalizeText(),
    IsString(),
    ...(required ? [IsNotEmpty()] : []),
    MaxLength(max),
    NoControlCharacters(),
  );

/** Lines printed one under the other (header lines, recipients). */
const Lines = (options: { min?: number; max: number; length: number }) =>
  applyDecorators(
    Transform(nfcList),
    IsArray(),
    ...(options.min ? [ArrayMinSize(options.min)] : []),
    ArrayMaxSize(options.max),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(options.length, { each: true }),
    NoControlCharacters({ each: true }),
  );

const DocumentKindField = () =>
  applyDecorators(ApiProperty({ enum: DOCUMENT_KINDS }), IsIn(DOCUMENT_KINDS));

export class IssuingBodyDto implements IssuingBody {
  @ApiProperty({ example: 'snv' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/)
  code!: string;

  @ApiProperty({ example: 'Sở Nội vụ' })
  @Line(255)
  name!: string;

  @ApiProperty({ type: [String], example: ['ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH'] })
  @Lines({ max: 3, length: 120 })
  parentLines!: string[];

  @ApiProperty({ type: [String], example: ['SỞ NỘI VỤ'] })
  @Lines({ min: 1, max: 3, length: 120 })
  ownLines!: string[];

  @ApiProperty({ example: 'SNV' })
  @NormalizeText()
  @IsString()
  @Matches(/^[\p{Lu}\d][\p{Lu}\d.&-]{0,19}$/u)
  numberSymbol!: string;
}

export class DocumentSignerDto implements DocumentSigner {
  @DocumentKindField()
  documentKind!: DocumentKind;

  @ApiProperty({ example: 'ubnd' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  issuingBodyCode!: string;

  @ApiProperty({ example: '2024-01-01' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validFrom!: string;

  @ApiProperty({ enum: SIGNING_CAPACITIES, example: 'KT.' })
  @IsIn(SIGNING_CAPACITIES)
  capacity!: SigningCapacity;

  @ApiProperty({ example: 'CHỦ TỊCH' })
  @Line(120, false)
  authority!: string;

  @ApiProperty({ example: 'PHÓ CHỦ TỊCH' })
  @Line(120, false)
  title!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @Line(120)
  name!: string;
}

export class DocumentRecipientsDto implements DocumentRecipients {
  @DocumentKindField()
  documentKind!: DocumentKind;

  @ApiProperty({ type: [String], example: ['Chủ tịch Ủy ban nhân dân tỉnh'] })
  @Lines({ max: 10, length: 255 })
  addressees!: string[];

  @ApiProperty({ type: [String], example: ['Như trên', 'Lưu: VT'] })
  @Lines({ max: 20, length: 255 })
  recipients!: string[];
}

export class SaveOrganisationProfileDto implements SaveOrganisationProfileRequest {
  @ApiProperty({ example: 'Ủy ban nhân dân tỉnh Hòa Bình' })
  @Line(255)
  fullName!: string;

  @ApiProperty({ example: 'UBND tỉnh Hòa Bình' })
  @Line(120)
  shortName!: string;

  @ApiProperty({ type: [String], example: ['ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH'] })
  @Lines({ min: 1, max: 3, length: 120 })
  headerLines!: string[];

  @ApiProperty({ example: 'tỉnh Hòa Bình' })
  @Line(120)
  areaName!: string;

  @ApiProperty({ example: 'Hòa Bình' })
  @Line(100)
  place!: string;

  @NestedList(IssuingBodyDto, { max: 20 })
  issuingBodies!: IssuingBodyDto[];

  @NestedList(DocumentSignerDto, { max: 200 })
  signers!: DocumentSignerDto[];

  @NestedList(DocumentRecipientsDto, { max: DOCUMENT_KINDS.length })
  recipients!: DocumentRecipientsDto[];

  @ApiProperty({ description: "The profile's version that was read (0 before the first save)" })
  @IsInt()
  @Min(0)
  version!: number;
}

export class SaveLegalDocumentDto implements SaveLegalDocumentRequest {
  @ApiProperty({ example: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022' })
  @NormalizeNfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @NoControlCharacters()
  citation!: string;

  @ApiProperty({ enum: LEGAL_DOCUMENT_KINDS })
  @IsIn(LEGAL_DOCUMENT_KINDS)
  kind!: LegalDocumentKind;

  @ApiProperty({ example: '2024-01-01' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  inForceFrom!: string;

  @ApiPropertyOptional({ example: null, nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  inForceTo?: string | null;

  @ApiProperty({ enum: DOCUMENT_KINDS, isArray: true, example: ['coverLetter', 'decision'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DOCUMENT_KINDS.length)
  @ArrayUnique()
  @IsIn(DOCUMENT_KINDS, { each: true })
  citedBy!: DocumentKind[];

  @ApiPropertyOptional({ example: 10 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999)
  sortOrder?: number;

  @ReadVersion({ optional: true })
  version?: number;
}
