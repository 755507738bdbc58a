import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  SIGNING_CERTIFICATE_MAX_BYTES,
  type SigningCertificateResponse,
} from '@thidua/shared/contracts';

import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, RequirePermissions } from '../auth/auth.decorators';
import { FileUpload } from '../http/content-types';
import { UploadSigningCertificateDto } from './signing.dto';
import { SigningService } from './signing.service';

@ApiTags('signing')
@ApiBearerAuth()
@RequirePermissions('signing.manage')
@Controller({ path: 'signing-certificates', version: '1' })
export class SigningController {
  constructor(private readonly signing: SigningService) {}

  @Get()
  @ApiOperation({ summary: "The issuing bodies' signing certificates (never their keys)" })
  list(): Promise<SigningCertificateResponse[]> {
    return this.signing.list();
  }

  @Post()
  @FileUpload(SIGNING_CERTIFICATE_MAX_BYTES)
  @ApiOperation({
    summary:
      "Upload a body's PKCS#12 (.p12/.pfx) with its password, body and signer; it replaces the body's active one",
  })
  upload(
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Body() dto: UploadSigningCertificateDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SigningCertificateResponse> {
    return this.signing.upload(file, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a certificate out of use; its key is erased' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.signing.remove(id, user);
  }
}
