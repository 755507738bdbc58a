import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The organisation this install serves: one row at most (`singleton`). */
@Entity({ name: 'organisation_profiles' })
@Unique('uq_organisation_profiles_singleton', ['singleton'])
@Check('ck_organisation_profiles_singleton', '"singleton"')
export class OrganisationProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'boolean', default: true })
  singleton!: boolean;

  @Column({ type: 'varchar', length: 255 })
  fullName!: string;

  @Column({ type: 'varchar', length: 120 })
  shortName!: string;

  @Column({ type: 'jsonb' })
  headerLines!: string[];

  @Column({ type: 'varchar', length: 120 })
  areaName!: string;

  @Column({ type: 'varchar', length: 100 })
  place!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
