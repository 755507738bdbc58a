import { CLEARANCE_ENTITIES } from './clearance/clearance.entities';
import { AwardHistoryEntity } from './entities/award-history.entity';
import { AwardRuleVersionEntity, AwardTypeEntity } from './entities/award-type.entity';
import {
  HouseholdEntity,
  PersonEntity,
  PersonYearRecordEntity,
  ReviewFlagEntity,
} from './entities/beneficiaries.entity';
import { BlocAwardQuotaEntity, NominationEntity } from './entities/nomination.entity';

export const AWARDS_ENTITIES = [
  AwardTypeEntity,
  AwardRuleVersionEntity,
  PersonEntity,
  HouseholdEntity,
  ReviewFlagEntity,
  PersonYearRecordEntity,
  AwardHistoryEntity,
  NominationEntity,
  BlocAwardQuotaEntity,
  ...CLEARANCE_ENTITIES,
];
