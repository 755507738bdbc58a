import { BlocLeadershipEntity } from './entities/bloc-leadership.entity';
import { BlocMembershipEntity } from './entities/bloc-membership.entity';
import { BlocEntity } from './entities/bloc.entity';
import { UnitKindEntity } from './entities/unit-kind.entity';
import { UnitEntity } from './entities/unit.entity';

export const REGISTRY_ENTITIES = [
  UnitKindEntity,
  UnitEntity,
  BlocEntity,
  BlocMembershipEntity,
  BlocLeadershipEntity,
];
