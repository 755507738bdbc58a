import type { AuditAction, AuditOrigin } from '@thidua/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every change: who made it, when, from where, and the record before and after. Append-only:
 * triggers refuse UPDATE, DELETE and TRUNCATE (migration MakeAuditLogAppendOnly).
 */
@Entity({ name: 'audit_log' })
@Check('ck_audit_log_origin', `"origin" IN ('request', 'system')`)
@Index('idx_audit_log_entity', ['entity', 'entityId'])
@Index('idx_audit_log_at', ['at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actorUsername!: string | null;

  @Column({ type: 'varchar', length: 40 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 60 })
  entity!: string;

  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent!: string | null;

  /** Null on entries written before the origin was kept. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  origin!: AuditOrigin | null;
}
