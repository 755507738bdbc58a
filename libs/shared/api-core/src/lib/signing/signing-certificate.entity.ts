import type { SigningCertificateStatus } from '@thidua/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An issuing body's signing certificate. `secret` holds the PKCS#12 file and its password sealed
 * with the signing key (AES-256-GCM, see `SigningKeyStore`), bound to the row's id; it is erased
 * when the certificate is replaced or removed. One active certificate per body (partial unique index).
 */
@Entity({ name: 'signing_certificates' })
@Check('ck_signing_certificates_status', `"status" IN ('active', 'replaced', 'removed')`)
@Check('ck_signing_certificates_secret', `("status" = 'active') = ("secret" IS NOT NULL)`)
@Index('uq_signing_certificates_active_body', ['bodyCode'], {
  unique: true,
  where: `"status" = 'active'`,
})
export class SigningCertificateEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 50 })
  bodyCode!: string;

  @Column({ type: 'varchar', length: 300 })
  bodyName!: string;

  @Column({ type: 'varchar', length: 200 })
  signerName!: string;

  @Column({ type: 'varchar', length: 300 })
  commonName!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  issuer!: string;

  @Column({ type: 'varchar', length: 100 })
  serialNumber!: string;

  @Column({ type: 'timestamptz' })
  validFrom!: Date;

  @Column({ type: 'timestamptz' })
  validTo!: Date;

  @Column({ type: 'char', length: 64 })
  fingerprint!: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  secret!: Buffer | null;

  @Column({ type: 'varchar', length: 10 })
  status!: SigningCertificateStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
