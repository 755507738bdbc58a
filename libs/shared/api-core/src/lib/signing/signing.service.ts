import { createHash, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditEntity,
  SignedDownloadQuery,
  SigningCertificateResponse,
  UploadSigningCertificateRequest,
} from '@thidua/shared/contracts';
import {
  Pkcs12Error,
  Pkcs12Signer,
  type StampPlacement,
  formatSigningTime,
  openPkcs12,
  signPdf,
} from '@thidua/shared/documents';
import { DataSource } from 'typeorm';

import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { ApiException, conflict, invalidFields, notFound } from '../errors/api.exception';
import type { DownloadFile } from '../http/attachment';
import { SigningCertificateEntity } from './signing-certificate.entity';
import { SigningKeyStore } from './signing-key.store';
import './signing.messages';

/** What is signed, for the audit log: the record and which of its papers. */
export interface SignedPaper {
  entity: AuditEntity;
  entityId: string;
  /** `coverLetter`, `list`, `minutes`, `decision`, … */
  kind: string;
  placement: StampPlacement;
  /** An attachment's stamp shows the number of the document it goes with ("15/TTr-SNV"). */
  documentNumber?: string | null;
  /** The signer's page when it is not the last (a decision before its attached list). */
  signerPage?: number;
}

interface SealedSecret {
  p12: string;
  password: string;
}

const toResponse = (c: SigningCertificateEntity): SigningCertificateResponse => ({
  id: c.id,
  bodyCode: c.bodyCode,
  bodyName: c.bodyName,
  signerName: c.signerName,
  commonName: c.commonName,
  subject: c.subject,
  issuer: c.issuer,
  serialNumber: c.serialNumber,
  validFrom: c.validFrom.toISOString(),
  validTo: c.validTo.toISOString(),
  fingerprint: c.fingerprint,
  status: c.status,
  uploadedAt: c.createdAt.toISOString(),
  uploadedBy: c.createdBy,
});

/** The auditable description of a certificate: what it is, never its key or password. */
const auditImage = (c: SigningCertificateEntity) => {
  const { secret: _secret, createdAt: _at, ...rest } = c;
  return { ...rest };
};

/**
 * The issuing bodies' signing certificates (PKCS#12, sealed with the signing key) and the signing
 * of issued PDFs with them. Other domains call `download` for a `?signed=true` download, or
 * `sign` on PDF bytes of their own (e.g. the decision).
 */
@Injectable()
export class SigningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: SigningKeyStore,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SigningCertificateResponse[]> {
    const rows = await this.dataSource.getRepository(SigningCertificateEntity).find({
      order: { status: 'ASC', bodyCode: 'ASC', createdAt: 'DESC' },
    });
    return rows.map(toResponse);
  }

  /**
   * Checks the file (PKCS#12, password, a signing key, valid today) and makes it its body's active
   * certificate; the one it replaces keeps its description and loses its key.
   */
  async upload(
    file: { buffer: Buffer } | undefined,
    dto: UploadSigningCertificateRequest,
    actor: AuthUser,
  ): Promise<SigningCertificateResponse> {
    if (!file) throw invalidFields('signing.fileMissing', { file: ['signing.fileMissing'] });
    let info;
    try {
      info = openPkcs12(file.buffer, dto.password).info;
    } catch (error) {
      if (!(error instanceof Pkcs12Error)) throw error;
      const code = `signing.${error.problem}`;
      throw invalidFields(code, {
        [error.problem === 'wrongPassword' ? 'password' : 'file']: [code],
      });
    }
    const id = randomUUID();
    const secret: SealedSecret = { p12: file.buffer.toString('base64'), password: dto.password };
    const sealed = this.keys.seal(Buffer.from(JSON.stringify(secret)), id);
    return this.dataSource.transaction(async (manager) => {
      // One upload per body at a time: the second finds the first's certificate to replace.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('signing:' || $1))`, [
        dto.bodyCode,
      ]);
      const replaced = await manager.findOne(SigningCertificateEntity, {
        where: { bodyCode: dto.bodyCode, status: 'active' },
      });
      if (replaced)
        await manager.update(
          SigningCertificateEntity,
          { id: replaced.id },
          { status: 'replaced', secret: null, retiredAt: new Date() },
        );
      const saved = await manager.save(
        manager.create(SigningCertificateEntity, {
          id,
          bodyCode: dto.bodyCode,
          bodyName: dto.bodyName,
          signerName: dto.signerName,
          commonName: info.commonName.slice(0, 300),
          subject: info.subject,
          issuer: info.issuer,
          serialNumber: info.serialNumber.slice(0, 100),
          validFrom: info.validFrom,
          validTo: info.validTo,
          fingerprint: info.fingerprint,
          secret: sealed,
          status: 'active',
          createdBy: actor.id,
          retiredAt: null,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'create',
          entity: 'signingCertificate',
          entityId: id,
          before: replaced ? auditImage(replaced) : null,
          after: auditImage(saved),
        },
        manager,
      );
      return toResponse(saved);
    });
  }

  /** Takes a certificate out of use: it signs no more and its key is erased. */
  async remove(id: string, actor: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(SigningCertificateEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('signing.notFound');
      if (current.status !== 'active') throw conflict('signing.notActive');
      await manager.update(
        SigningCertificateEntity,
        { id },
        { status: 'removed', secret: null, retiredAt: new Date() },
      );
      await this.audit.record(
        {
          actor,
          action: 'delete',
          entity: 'signingCertificate',
          entityId: id,
          before: auditImage(current),
        },
        manager,
      );
    });
  }

  /**
   * A download, signed when `query.signed`: the certificate is checked before `render` runs, so
   * that a missing one answers at once; only PDFs are signed.
   */
  async download(
    query: SignedDownloadQuery & { format?: string },
    render: () => Promise<DownloadFile>,
    paper: SignedPaper,
    actor: AuthUser,
  ): Promise<DownloadFile> {
    if (!query.signed) return render();
    if ((query.format ?? 'pdf') !== 'pdf')
      throw invalidFields('signing.pdfOnly', { signed: ['signing.pdfOnly'] });
    const certificate = await this.activeCertificate(query.signedBy);
    const file = await render();
    return {
      buffer: await this.signWith(certificate, file.buffer, paper, actor),
      contentType: file.contentType,
      fileName: file.fileName.replace(/\.pdf$/i, ' (ký số).pdf'),
    };
  }

  /** Signs finished PDF bytes with the active certificate of `bodyCode` (or the only one). */
  async sign(pdf: Buffer, paper: SignedPaper, actor: AuthUser, bodyCode?: string): Promise<Buffer> {
    return this.signWith(await this.activeCertificate(bodyCode), pdf, paper, actor);
  }

  private async activeCertificate(bodyCode?: string): Promise<SigningCertificateEntity> {
    const rows = await this.dataSource.getRepository(SigningCertificateEntity).find({
      where: { status: 'active', ...(bodyCode ? { bodyCode } : {}) },
    });
    if (!rows.length)
      throw bodyCode
        ? invalidFields('signing.noCertificate', { signedBy: ['signing.noCertificate'] })
        : conflict('signing.noCertificate');
    if (rows.length > 1)
      throw invalidFields('signing.chooseBody', { signedBy: ['signing.chooseBody'] });
    const [row] = rows;
    if (row.validTo < new Date())
      throw conflict('signing.certificateExpired', {
        body: row.bodyName,
        validTo: row.validTo.toISOString().slice(0, 10),
      });
    return row;
  }

  private async signWith(
    certificate: SigningCertificateEntity,
    pdf: Buffer,
    paper: SignedPaper,
    actor: AuthUser,
  ): Promise<Buffer> {
    const secret = await this.openSecret(certificate.id);
    const at = new Date();
    const time = `Thời gian ký: ${formatSigningTime(at)}`;
    const lines =
      paper.placement === 'attachment'
        ? [
            `Ký bởi: ${certificate.bodyName}`,
            ...(paper.documentNumber ? [`Số, ký hiệu: ${paper.documentNumber}`] : []),
            time,
          ]
        : [`Ký bởi: ${certificate.signerName}`, `Cơ quan: ${certificate.bodyName}`, time];
    const signed = await signPdf(pdf, new Pkcs12Signer(secret.p12, secret.password), {
      name: certificate.signerName,
      reason: paper.kind,
      signingTime: at,
      stamp: {
        placement: paper.placement,
        lines,
        ...(paper.signerPage ? { page: paper.signerPage } : {}),
      },
    }).catch((error: unknown) => {
      // A certificate that lapsed since it was checked.
      throw error instanceof Pkcs12Error ? conflict(`signing.${error.problem}`) : error;
    });
    await this.audit.record({
      actor,
      action: 'sign',
      entity: paper.entity,
      entityId: paper.entityId,
      after: {
        paper: paper.kind,
        certificateId: certificate.id,
        bodyCode: certificate.bodyCode,
        serialNumber: certificate.serialNumber,
        sha256: createHash('sha256').update(signed).digest('hex'),
      },
    });
    return signed;
  }

  private async openSecret(id: string): Promise<{ p12: Buffer; password: string }> {
    const row = await this.dataSource
      .getRepository(SigningCertificateEntity)
      .createQueryBuilder('c')
      .addSelect('c.secret')
      .where('c.id = :id', { id })
      .getOne();
    const plain = row?.secret ? this.keys.open(row.secret, id) : null;
    if (!plain) throw new ApiException(409, 'signing.keyMismatch');
    const secret = JSON.parse(plain.toString()) as SealedSecret;
    return { p12: Buffer.from(secret.p12, 'base64'), password: secret.password };
  }
}
