import type { DocumentKind, SigningCapacity } from '@thidua/registry/contracts';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import { IssuingBodyEntity } from './issuing-body.entity';

/** Who signs a kind of document from a date (the one in force on a document's date signs it). */
@Entity({ name: 'document_signers' })
@Unique('uq_document_signers_kind_from', ['documentKind', 'validFrom'])
@Check('ck_document_signers_capacity', `"capacity" IN ('', 'KT.', 'TM.', 'Q.', 'TL.', 'TUQ.')`)
export class DocumentSignerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  documentKind!: DocumentKind;

  @Column({ type: 'uuid' })
  issuingBodyId!: string;

  @ManyToOne(() => IssuingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuing_body_id' })
  issuingBody?: IssuingBodyEntity;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'varchar', length: 5 })
  capacity!: SigningCapacity;

  @Column({ type: 'varchar', length: 120 })
  authority!: string;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;
}
