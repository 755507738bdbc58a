import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  type AttachmentResponse,
} from '@thidua/shared/contracts';
import { normalizeText } from '@thidua/shared/util';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import type { AuthUser } from '../auth/auth-user';
import { ApiException, forbidden, notFound } from '../errors/api.exception';
import { registerMessages } from '../errors/messages';
import { AttachmentEntity } from './attachment.entity';
import { CONTENT_TYPES, sniffFile } from './file-sniffer';

registerMessages({
  'attachments.unsupported': {
    vi: 'Tệp không đúng loại cho phép ({kinds}) hoặc đã bị đổi tên, hoặc quá {maxMb} MB.',
    en: 'The file is not of an allowed type ({kinds}), was renamed, or is over {maxMb} MB.',
  },
  'attachments.missing': { vi: 'Chưa chọn tệp.', en: 'No file was chosen.' },
  'attachments.notFound': { vi: 'Không tìm thấy tệp đính kèm.', en: 'Attachment not found.' },
  'attachments.inUse': {
    vi: 'Tệp này đã được gắn vào một hồ sơ khác.',
    en: 'This file is already attached elsewhere.',
  },
});

export interface UploadedFileLike {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export const attachmentUrl = (id: string) => `/api/v1/attachments/${id}`;

/** Whether the user may read the files of one object of a domain (e.g. sees the nomination). */
export type AttachmentReader = (user: AuthUser, ownerId: string) => Promise<boolean>;

export function toAttachmentResponse(a: AttachmentEntity): AttachmentResponse {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    uploadedAt: a.createdAt.toISOString(),
    url: attachmentUrl(a.id),
  };
}

/** Stores uploaded files (type checked from their bytes) and hands them out. */
@Injectable()
export class AttachmentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Checks and stores a file; with an owner it is attached at once. */
  async store(
    file: UploadedFileLike | undefined,
    purpose: AttachmentPurpose,
    actor: AuthUser,
    owner: { type: string; id: string } | null = null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AttachmentEntity> {
    if (!file)
      throw new ApiException(422, 'attachments.missing', {}, { file: ['attachments.missing'] });
    const rule = ATTACHMENT_PURPOSES[purpose];
    const params = { kinds: rule.kinds.join(', '), maxMb: Math.round(rule.maxBytes / 1024 / 1024) };
    const kind =
      file.size <= rule.maxBytes ? await sniffFile(file.originalname, file.buffer) : null;
    if (!kind || !(rule.kinds as readonly string[]).includes(kind)) {
      throw new ApiException(415, 'attachments.unsupported', params, {
        file: ['attachments.unsupported'],
      });
    }
    const fileName = safeFileName(file.originalname) || `tep.${kind}`;
    const saved = await manager.save(
      manager.create(AttachmentEntity, {
        ownerType: owner?.type ?? null,
        ownerId: owner?.id ?? null,
        purpose,
        fileName,
        contentType: CONTENT_TYPES[kind],
        sizeBytes: file.buffer.length,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
        content: file.buffer,
        uploadedBy: actor.id,
      }),
    );
    return saved;
  }

  /** Attaches an unattached upload of this purpose to its owner (inside the owner's transaction). */
  async attach(
    manager: EntityManager,
    id: string,
    purpose: AttachmentPurpose,
    owner: { type: string; id: string },
  ): Promise<AttachmentEntity> {
    const attachment = await manager.findOne(AttachmentEntity, { where: { id, purpose } });
    if (!attachment)
      throw new ApiException(
        422,
        'attachments.notFound',
        {},
        { scanAttachmentId: ['attachments.notFound'] },
      );
    if (attachment.ownerId && attachment.ownerId !== owner.id)
      throw new ApiException(409, 'attachments.inUse');
    await manager.update(
      AttachmentEntity,
      { id, ownerId: IsNull() },
      { ownerType: owner.type, ownerId: owner.id },
    );
    return attachment;
  }

  async listFor(
    ownerType: string,
    ownerIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AttachmentEntity[]> {
    if (!ownerIds.length) return [];
    return manager
      .getRepository(AttachmentEntity)
      .createQueryBuilder('a')
      .where('a.owner_type = :ownerType AND a.owner_id IN (:...ownerIds)', { ownerType, ownerIds })
      .orderBy('a.created_at')
      .getMany();
  }

  private readonly readers = new Map<string, AttachmentReader>();

  /**
   * A domain whose objects are not open to every signed-in user says who may read their files;
   * files of other owners (movement documents, pledge scans) are read by every signed-in user.
   */
  registerReader(ownerType: string, reader: AttachmentReader): void {
    this.readers.set(ownerType, reader);
  }

  /** Admins read every file; a file not yet attached only its uploader; else the owner's rule. */
  private async mayRead(user: AuthUser, a: AttachmentEntity): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (!a.ownerType || !a.ownerId) return a.uploadedBy === user.id;
    const reader = this.readers.get(a.ownerType);
    return reader ? reader(user, a.ownerId) : true;
  }

  async download(id: string, user: AuthUser): Promise<AttachmentEntity> {
    const attachment = await this.dataSource
      .getRepository(AttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.id = :id', { id })
      .getOne();
    if (!attachment) throw notFound('attachments.notFound');
    if (!(await this.mayRead(user, attachment))) throw forbidden();
    return attachment;
  }
}

/** A stored file name: UTF-8 restored, NFC, no path separators or control characters, ≤ 200 characters. */
function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return normalizeText(decodeUploadName(name).replace(/[\\/\u0000-\u001f\u007f]/g, '_')).slice(
    -200,
  );
}

/**
 * Multipart file names arrive decoded as Latin-1 by the upload parser; a UTF-8 name such as
 * "Kế hoạch.pdf" is turned back into itself. Names that are not valid UTF-8 stay as they are.
 */
export function decodeUploadName(name: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}
