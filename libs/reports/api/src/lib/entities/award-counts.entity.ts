import { AwardTypeEntity } from '@thidua/awards/api';
import { MovementEntity } from '@thidua/movements/api';
import { BlocEntity } from '@thidua/registry/api';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { MailDeliveryEntity } from '../mail/mail-delivery.entity';

/** Awards counted per beneficiary kind, the columns every award count table has. */
abstract class KindCountColumns {
  @Column({ type: 'integer', default: 0 })
  collective!: number;

  @Column({ type: 'integer', default: 0 })
  individual!: number;

  @Column({ type: 'integer', default: 0 })
  household!: number;
}

/**
 * Awards of a year per award type and beneficiary kind, for the whole province. Kept by the
 * trigger `award_history_counts`; `refresh_report_counts()` recounts it. Read-only for the app.
 */
@Entity({ name: 'award_year_counts' })
export class AwardYearCountEntity extends KindCountColumns {
  @PrimaryColumn({ type: 'smallint' })
  termYear!: number;

  @PrimaryColumn({ type: 'uuid' })
  awardTypeId!: string;

  @ManyToOne(() => AwardTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_type_id' })
  awardType?: AwardTypeEntity;
}

/**
 * Awards of a year per bloc and beneficiary kind (an award counts for the bloc its beneficiary's
 * unit belonged to that year). Kept by the triggers on the award history and the memberships.
 */
@Entity({ name: 'award_bloc_counts' })
export class AwardBlocCountEntity extends KindCountColumns {
  @PrimaryColumn({ type: 'smallint' })
  termYear!: number;

  @PrimaryColumn({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BlocEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;
}

/** Members of a bloc in a year. Kept by the trigger `bloc_member_counts_change`. */
@Entity({ name: 'bloc_member_counts' })
export class BlocMemberCountEntity {
  @PrimaryColumn({ type: 'smallint' })
  termYear!: number;

  @PrimaryColumn({ type: 'uuid' })
  blocId!: string;

  @ManyToOne(() => BlocEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bloc_id' })
  bloc?: BlocEntity;

  @Column({ type: 'integer', default: 0 })
  members!: number;
}

/** A movement's activity reports of a year, summed. Kept by the trigger `activity_report_totals_change`. */
@Entity({ name: 'activity_report_totals' })
export class ActivityReportTotalEntity {
  @PrimaryColumn({ type: 'uuid' })
  movementId!: string;

  @PrimaryColumn({ type: 'smallint' })
  termYear!: number;

  @ManyToOne(() => MovementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'movement_id' })
  movement?: MovementEntity;

  @Column({ type: 'integer', default: 0 })
  reports!: number;

  @Column({ type: 'bigint', default: 0 })
  sessionsHeld!: string;

  @Column({ type: 'bigint', default: 0 })
  conferencesHeld!: string;

  @Column({ type: 'bigint', default: 0 })
  attendees!: string;

  @Column({ type: 'bigint', default: 0 })
  memberCount!: string;

  @Column({ type: 'bigint', default: 0 })
  participantCount!: string;

  @Column({ type: 'bigint', default: 0 })
  modelsBuilt!: string;
}

export const REPORTS_ENTITIES = [
  MailDeliveryEntity,
  AwardYearCountEntity,
  AwardBlocCountEntity,
  BlocMemberCountEntity,
  ActivityReportTotalEntity,
];
