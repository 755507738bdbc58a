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

import { AwardTypeEntity } from './award-type.entity';
import { HouseholdEntity, ONE_BENEFICIARY_CHECK, PersonEntity } from './beneficiaries.entity';

/** An award already received (year, award, beneficiary, decision). */
@Entity({ name: 'award_history' })
@Check('ck_award_history_one_beneficiary', ONE_BENEFICIARY_CHECK)
@Index('idx_award_history_year_award', ['termYear', 'awardTypeId'])
// (term_year, beneficiary_unit_id) INCLUDE (award_type_id, unit_id, person_id, household_id): the
// dashboards and reports read a year's awards per unit and per bloc from the index alone.
@Index('idx_award_history_year_beneficiary_unit', { synchronize: false })
// (beneficiary_unit_id, term_year DESC): a unit's history, newest first.
@Index('idx_award_history_beneficiary_unit_year', { synchronize: false })
export class AwardHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'smallint' })
  termYear!: number;

  @Column({ type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'award_type_id' })
  awardType?: AwardTypeEntity;

  @Index('idx_award_history_unit')
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @Index('idx_award_history_person')
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Index('idx_award_history_household')
  @Column({ type: 'uuid', nullable: true })
  householdId!: string | null;

  /**
   * The unit the award counts for: the collective itself, or the unit of the person or household
   * when the award was recorded. Kept by the trigger `award_history_beneficiary_unit`.
   */
  @Column({ type: 'uuid', nullable: true, insert: false, update: false })
  beneficiaryUnitId!: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;

  @ManyToOne(() => HouseholdEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  decisionDate!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'manual' })
  source!: 'import' | 'nomination' | 'manual';

  @Column({ type: 'uuid', nullable: true })
  nominationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
