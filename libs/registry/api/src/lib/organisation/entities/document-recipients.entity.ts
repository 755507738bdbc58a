import type { DocumentKind } from '@thidua/registry/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Default Kính gửi and Nơi nhận of a kind of document. */
@Entity({ name: 'document_recipients' })
export class DocumentRecipientsEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  documentKind!: DocumentKind;

  @Column({ type: 'jsonb' })
  addressees!: string[];

  @Column({ type: 'jsonb' })
  recipients!: string[];
}
