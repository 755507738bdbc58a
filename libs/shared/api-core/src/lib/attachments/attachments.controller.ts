import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  type AttachmentResponse,
} from '@thidua/shared/contracts';
import { IsIn } from 'class-validator';
import type { Response } from 'express';

import { sendDownload } from '../http/attachment';
import { FileUpload } from '../http/content-types';

import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, RequirePermissions } from '../auth/auth.decorators';
import {
  AttachmentsService,
  type UploadedFileLike,
  toAttachmentResponse,
} from './attachments.service';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export class UploadQueryDto {
  @IsIn(Object.keys(ATTACHMENT_PURPOSES))
  purpose!: AttachmentPurpose;
}

@ApiTags('attachments')
@ApiBearerAuth()
@RequirePermissions('registry.read')
@Controller({ path: 'attachments', version: '1' })
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  // Viewers read and print; uploading is acting for a unit or a bloc.
  @RequirePermissions('unit.act')
  @FileUpload(MAX_UPLOAD_BYTES)
  @ApiOperation({
    summary: 'Upload a file for later use (e.g. a pledge scan); its type is checked from its bytes',
  })
  async upload(
    @Query() query: UploadQueryDto,
    @UploadedFile() file: UploadedFileLike | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<AttachmentResponse> {
    return toAttachmentResponse(await this.attachments.store(file, query.purpose, user));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Download an attachment' })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attachments.download(id, user);
    sendDownload(res, {
      buffer: file.content,
      contentType: file.contentType,
      fileName: file.fileName,
    });
  }
}
