import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ReopenPledgeRequest,
  SavePledgeRequest,
  SavePledgeUnitRequest,
  SignPledgeRequest,
  SignatureMethod,
} from '@thidua/movements/contracts';
import {
  NoControlCharacters,
  NormalizeText,
  emptyToNull,
  nfcList,
  ReadVersion,
} from '@thidua/shared/api-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

export class SavePledgeDto implements SavePledgeRequest {
  @ApiProperty({ example: 'Bản giao ước thi đua năm 2024' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @NoControlCharacters()
  title!: string;

  @ApiPropertyOptional({
    description: "The date line's place; left out, the organisation profile's (or as it was)",
  })
  @IsOptional()
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @NoControlCharacters()
  place?: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  movementId?: string | null;

  @ApiProperty({ type: [String], description: 'The common commitments, one per item' })
  @Transform(nfcList)
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2000, { each: true })
  @NoControlCharacters({ each: true })
  commitments!: string[];

  @ReadVersion({ optional: true })
  version?: number;
}

export class SavePledgeUnitDto implements SavePledgeUnitRequest {
  @ApiProperty({ type: [String] })
  @Transform(nfcList)
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  @NoControlCharacters({ each: true })
  targets!: string[];

  @ApiProperty({ type: [String], example: ['Tập thể lao động xuất sắc'] })
  @Transform(nfcList)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  @NoControlCharacters({ each: true })
  titles!: string[];

  @ReadVersion({ of: 'registration', first: 0 })
  version!: number;
}

export class SignPledgeDto implements SignPledgeRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: 'Lưu Thị Nụ' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @NoControlCharacters()
  signerName!: string;

  @ApiProperty({ example: 'Phó Tổng Biên tập phụ trách' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  @NoControlCharacters()
  signerPosition!: string;

  @ApiProperty({ example: '2023-12-19' })
  @IsDateString({ strict: true })
  signedOn!: string;

  @ApiProperty({ enum: ['app', 'paper'] })
  @IsIn(['app', 'paper'])
  method!: SignatureMethod;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @Transform(emptyToNull)
  @IsOptional()
  @IsUUID()
  scanAttachmentId?: string | null;
}

export class ReopenPledgeDto implements ReopenPledgeRequest {
  @ApiProperty({ example: 'Bổ sung chỉ tiêu theo kết luận hội nghị' })
  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @NoControlCharacters()
  reason!: string;
}

export class DocumentFormatQueryDto {
  @IsOptional()
  @IsIn(['pdf', 'docx'])
  format?: 'pdf' | 'docx';
}
