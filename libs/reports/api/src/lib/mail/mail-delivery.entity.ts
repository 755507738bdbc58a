import { UserEntity } from '@thidua/auth/api';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

export type MailKind = 'digest' | 'reminder';
export type MailDeliveryStatus = 'sending' | 'sent' | 'failed';

/**
 * One digest or reminder e-mail to one user. `day` is the digest's day, or the deadline a
 * reminder is for: the unique key lets one instance claim a mail and keeps every other (or a
 * restart) from sending it again.
 */
@Entity({ name: 'mail_deliveries' })
@Unique('uq_mail_deliveries_user_kind_day', ['userId', 'kind', 'day'])
@Check('ck_mail_deliveries_kind', `"kind" IN ('digest', 'reminder')`)
@Check('ck_mail_deliveries_status', `"status" IN ('sending', 'sent', 'failed')`)
export class MailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  kind!: MailKind;

  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 10, default: 'sending' })
  status!: MailDeliveryStatus;

  @Column({ type: 'smallint', default: 1 })
  attempts!: number;

  @Column({ type: 'smallint', default: 0 })
  itemCount!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
