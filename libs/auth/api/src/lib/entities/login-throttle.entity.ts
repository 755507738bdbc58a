import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A sign-in counter (`throttle/login-throttle.ts`), kept in the database so the limits hold across
 * API instances: one per account and address, and one per address over all accounts (`username`
 * empty). Attempts are counted under a row lock before the password is checked.
 */
@Entity({ name: 'login_throttles' })
@Index('idx_login_throttles_last_attempt', ['lastAttemptAt'])
export class LoginThrottleEntity {
  /** The username as typed (lower-cased), or '' for the address as a whole. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  ip!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'integer', default: 0 })
  lockouts!: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz' })
  lastAttemptAt!: Date;
}
