import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, kept in the database so the rate limit holds across API instances. */
@Entity({ name: 'login_failures' })
@Index('idx_login_failures_username_at', ['username', 'at'])
@Index('idx_login_failures_ip_at', ['ip', 'at'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  username!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
