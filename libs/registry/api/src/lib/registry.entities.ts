import { BlocLeadershipEntity } from './entities/bloc-leadership.entity';
import { BlocMembershipEntity } from './entities/bloc-membership.entity';
import { BlocEntity } from './entities/bloc.entity';
import { UnitKindEntity } from './entities/unit-kind.entity';
import { UnitEntity } from './entities/unit.entity';
import { DocumentRecipientsEntity } from './organisation/entities/document-recipients.entity';
import { DocumentSignerEntity } from './organisation/entities/document-signer.entity';
import { IssuingBodyEntity } from './organisation/entities/issuing-body.entity';
import { LegalDocumentEntity } from './organisation/entities/legal-document.entity';
import { OrganisationProfileEntity } from './organisation/entities/organisation-profile.entity';
import {
  OutgoingNumberCounterEntity,
  OutgoingNumberEntity,
} from './organisation/entities/outgoing-number.entity';

export const REGISTRY_ENTITIES = [
  UnitKindEntity,
  UnitEntity,
  BlocEntity,
  BlocMembershipEntity,
  BlocLeadershipEntity,
  OrganisationProfileEntity,
  IssuingBodyEntity,
  DocumentSignerEntity,
  DocumentRecipientsEntity,
  LegalDocumentEntity,
  OutgoingNumberEntity,
  OutgoingNumberCounterEntity,
];
