import { ActivityReportEntity } from './entities/activity-report.entity';
import { ExemplaryModelEntity } from './entities/exemplary-model.entity';
import { MovementBlocEntity, MovementUnitEntity } from './entities/movement-participant.entity';
import { MovementResultEntity } from './entities/movement-result.entity';
import { MovementTargetEntity } from './entities/movement-target.entity';
import { MovementEntity } from './entities/movement.entity';
import { PledgeEntity, PledgeSignatureEntity, PledgeUnitEntity } from './entities/pledge.entity';

export const MOVEMENTS_ENTITIES = [
  MovementEntity,
  MovementTargetEntity,
  MovementBlocEntity,
  MovementUnitEntity,
  MovementResultEntity,
  ExemplaryModelEntity,
  PledgeEntity,
  PledgeUnitEntity,
  PledgeSignatureEntity,
  ActivityReportEntity,
];
