import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** A body that issues documents (UBND tỉnh, Sở Nội vụ…), kept by its `code` across profile saves. */
@Entity({ name: 'issuing_bodies' })
@Unique('uq_issuing_bodies_code', ['code'])
export class IssuingBodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'jsonb' })
  parentLines!: string[];

  @Column({ type: 'jsonb' })
  ownLines!: string[];

  @Column({ type: 'varchar', length: 20 })
  numberSymbol!: string;

  @Column({ type: 'smallint', default: 0 })
  sortOrder!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
