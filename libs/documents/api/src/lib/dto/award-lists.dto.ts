import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AWARD_LIST_ORDERS,
  EXPORT_FORMATS,
  EXPORT_JOB_KINDS,
  type AwardListOrder,
  type CertificateLayoutResponse,
  type CoverLetter,
  type ExportFormat,
  type ExportJobKind,
  type RecordDecisionRequest,
  type SendAwardListRequest,
  type SaveAwardListRequest,
} from '@thidua/documents/contracts';
import {
  NoControlCharacters,
  NormalizeLines,
  NormalizeNfc,
  NormalizeText,
  intParam,
  nfcList,
  ReadVersion,
  SignedDownloadQueryDto,
} from '@thidua/shared/api-core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  registerDecorator,
} from 'class-validator';

export class CoverLetterDto implements Partial<CoverLetter> {
  /** Header lines, one per line (never broken inside a name). */
  @IsOptional()
  @NormalizeLines()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  parentAgency?: string;
  @IsOptional()
  @NormalizeLines()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  issuingAgency?: string;
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  issuerName?: string;
  @IsOptional() @NormalizeText() @IsString() @MaxLength(60) @NoControlCharacters() number?: string;
  @IsOptional() @NormalizeText() @IsString() @MaxLength(100) @NoControlCharacters() place?: string;
  @IsOptional() @IsDateString({ strict: true }) date?: string;
  @IsOptional()
  @Transform(nfcList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @NoControlCharacters({ each: true })
  recipients?: string[];
  @IsOptional()
  @Transform(nfcList)
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @NoControlCharacters({ each: true })
  bases?: string[];
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(1000)
  @NoControlCharacters()
  subject?: string;
  @IsOptional() @NormalizeNfc() @IsString() @MaxLength(5000) @NoControlCharacters() body?: string;
  @IsOptional()
  @NormalizeNfc()
  @IsString()
  @MaxLength(500)
  @NoControlCharacters()
  attachmentsLine?: string;
  @IsOptional()
  @Transform(nfcList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @NoControlCharacters({ each: true })
  copyTo?: string[];
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  signerTitle?: string;
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  signerPosition?: string;
  @IsOptional()
  @NormalizeText()
  @IsString()
  @MaxLength(120)
  @NoControlCharacters()
  signerName?: string;
}

/** { nominationId: note } with short notes. */
function IsNotesMap(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotesMap',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          !!value &&
          typeof value === 'object' &&
          !Array.isArray(value) &&
          Object.entries(value as Record<string, unknown>).every(
            ([k, v]) => /^[0-9a-f-]{36}$/i.test(k) && typeof v === 'string' && v.length <= 500,
          ),
        defaultMessage: () => 'invalid notes',
      },
    });
}

export class SaveAwardListDto implements SaveAwardListRequest {
  @ApiProperty({ example: 'Danh sách đề nghị khen thưởng năm 2023' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  title!: string;

  @ApiProperty() @IsInt() @Min(2000) @Max(2100) year!: number;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() blocId?:
    | string
    | null;

  @ApiProperty({ enum: AWARD_LIST_ORDERS }) @IsIn(AWARD_LIST_ORDERS) order!: AwardListOrder;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(10000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  nominationIds!: string[];

  @ApiPropertyOptional() @IsOptional() @IsNotesMap() notes?: Record<string, string>;

  @ApiPropertyOptional({ type: CoverLetterDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CoverLetterDto)
  coverLetter?: CoverLetterDto;

  @ReadVersion({ optional: true })
  version?: number;
}

/** The version of the list that was read: sending and deleting carry it. */
export class AwardListVersionDto implements SendAwardListRequest {
  @ReadVersion({ of: 'list' })
  version!: number;
}

export class RecordDecisionDto implements RecordDecisionRequest {
  @ApiProperty({ example: '125/QĐ-UBND' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  @NoControlCharacters()
  number!: string;
  @ApiProperty({ example: '2024-01-25' }) @IsDateString({ strict: true }) date!: string;
  @ApiProperty()
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @NoControlCharacters()
  signer!: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(10000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  rejectedNominationIds!: string[];
  @ReadVersion()
  version!: number;
}

/** `signed=true` signs the PDF (see `SigningService.download`). */
export class ExportQueryDto extends SignedDownloadQueryDto {
  @IsOptional() @IsIn(['pdf', 'docx', 'xlsx']) format?: 'pdf' | 'docx' | 'xlsx';
}

export class CoverLetterQueryDto extends SignedDownloadQueryDto {
  @IsOptional() @IsIn(['pdf', 'docx']) format?: 'pdf' | 'docx';
}

export class CertificatesQueryDto {
  @IsOptional() @IsIn(['design', 'blank']) layout?: 'design' | 'blank';
  @IsOptional() @IsUUID() awardTypeId?: string;
}

export class ExportJobRequestDto {
  @ApiProperty({ enum: EXPORT_JOB_KINDS })
  @IsIn(EXPORT_JOB_KINDS)
  kind!: ExportJobKind;
  @ApiProperty({ enum: EXPORT_FORMATS }) @IsIn(EXPORT_FORMATS) format!: ExportFormat;
}

export class AwardListQueryDto {
  @IsOptional() @Transform(intParam) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsUUID() blocId?: string;
}

class FieldPositionDto {
  @IsInt() @Min(0) @Max(420) x!: number;
  @IsInt() @Min(0) @Max(420) y!: number;
  @IsInt() @Min(10) @Max(420) width!: number;
  @IsInt() @Min(6) @Max(72) fontSize!: number;
  @IsIn(['left', 'center', 'right']) align!: 'left' | 'center' | 'right';
  @IsOptional() bold?: boolean;
  @IsOptional() italic?: boolean;
}

class LayoutFieldsDto {
  @ValidateNested() @Type(() => FieldPositionDto) title!: FieldPositionDto;
  @ValidateNested() @Type(() => FieldPositionDto) name!: FieldPositionDto;
  @ValidateNested() @Type(() => FieldPositionDto) unit!: FieldPositionDto;
  @ValidateNested() @Type(() => FieldPositionDto) achievement!: FieldPositionDto;
  @ValidateNested() @Type(() => FieldPositionDto) decision!: FieldPositionDto;
  @ValidateNested() @Type(() => FieldPositionDto) dateLine!: FieldPositionDto;
  @ValidateNested() @Type(() => FieldPositionDto) signer!: FieldPositionDto;
}

export class SaveCertificateLayoutDto implements Omit<CertificateLayoutResponse, 'awardTypeId'> {
  @ApiProperty({ enum: ['portrait', 'landscape'] }) @IsIn(['portrait', 'landscape']) orientation!:
    | 'portrait'
    | 'landscape';
  @ApiProperty()
  @IsObject()
  @ValidateNested()
  @Type(() => LayoutFieldsDto)
  fields!: LayoutFieldsDto;

  @ReadVersion({ of: 'layout', first: 0 })
  version!: number;
}
