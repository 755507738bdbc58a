import type { DocumentKind, LegalDocumentKind } from '@thidua/registry/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A law, decree… cited ("Căn cứ …") by the documents dated within its time in force. */
@Entity({ name: 'legal_documents' })
@Check('ck_legal_documents_in_force', '"in_force_to" IS NULL OR "in_force_to" >= "in_force_from"')
export class LegalDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 1000 })
  citation!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: LegalDocumentKind;

  @Column({ type: 'date' })
  inForceFrom!: string;

  @Column({ type: 'date', nullable: true })
  inForceTo!: string | null;

  @Column({ type: 'jsonb' })
  citedBy!: DocumentKind[];

  @Column({ type: 'smallint', default: 0 })
  sortOrder!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
