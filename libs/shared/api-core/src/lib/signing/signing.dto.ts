import { ApiPropertyOptional } from '@nestjs/swagger';
import type {
  SignedDownloadQuery,
  UploadSigningCertificateRequest,
} from '@thidua/shared/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { boolParam } from '../database/list-query';
import { NoControlCharacters, NormalizeText } from '../validation/text.decorators';

/** A body's code: letters, digits and . _ - (e.g. "SNV", "UBND", "BTĐKT" spelled "BTDKT"). */
const BODY_CODE = /^[A-Za-z0-9._-]{1,50}$/;

export class UploadSigningCertificateDto implements UploadSigningCertificateRequest {
  @Matches(BODY_CODE)
  bodyCode!: string;

  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @NoControlCharacters()
  bodyName!: string;

  @NormalizeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @NoControlCharacters()
  signerName!: string;

  // Not trimmed or normalised: a password is exactly what it is.
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

/** `signed=true` (and `signedBy`) on the downloads that can be signed. */
export class SignedDownloadQueryDto implements SignedDownloadQuery {
  @ApiPropertyOptional({ description: 'Sign the PDF (PAdES, visible stamp)' })
  @IsOptional()
  @Transform(boolParam)
  @IsBoolean()
  signed?: boolean;

  @ApiPropertyOptional({ description: "The signing body's code, when several have a certificate" })
  @IsOptional()
  @Matches(BODY_CODE)
  signedBy?: string;
}
