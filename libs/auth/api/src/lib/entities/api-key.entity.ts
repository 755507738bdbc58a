import type { ApiKeyScope } from '@thidua/shared/contracts';
import { UnitEntity } from '@thidua/registry/api';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * An integration's API key. The client holds `<prefix>_<secret>`; the database keeps the public
 * prefix (to find the key) and the SHA-256 of the whole key. The request counter of the current
 * minute lives here too, so every API instance counts against the same limit.
 */
@Entity({ name: 'api_keys' })
@Index('uq_api_keys_name', { synchronize: false })
@Check('ck_api_keys_prefix', `"prefix" ~ '^td_live_[a-z0-9]{8}$'`)
@Check('ck_api_keys_secret_hash', `"secret_hash" ~ '^[0-9a-f]{64}$'`)
@Check('ck_api_keys_name', `length(btrim("name")) BETWEEN 1 AND 80`)
@Check(
  'ck_api_keys_scopes',
  `cardinality("scopes") >= 1 AND "scopes" <@ ARRAY['registry:read', 'awards:read', 'nominations:write', 'documents:read']::varchar[]`,
)
@Check('ck_api_keys_rate_limit', `"rate_limit_per_minute" BETWEEN 1 AND 100000`)
@Check('ck_api_keys_expiry', `"expires_at" > "created_at"`)
@Check('ck_api_keys_window', `"window_requests" >= 0`)
@Check('ck_api_keys_revoked', `("revoked_at" IS NULL) = ("revoked_by_username" IS NULL)`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'varchar', length: 16, unique: true })
  prefix!: string;

  @Column({ type: 'char', length: 64 })
  secretHash!: string;

  @Column({ type: 'varchar', length: 40, array: true })
  scopes!: ApiKeyScope[];

  @Index('idx_api_keys_unit')
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @Column({ type: 'integer', default: 600 })
  rateLimitPerMinute!: number;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'varchar', length: 50 })
  createdByUsername!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  revokedByUsername!: string | null;

  /** When the current minute of counting began (the first request after the last one ended). */
  @Column({ type: 'timestamptz', nullable: true })
  windowStartedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  windowRequests!: number;
}
