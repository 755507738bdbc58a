import { AUTH_ENTITIES } from '@thidua/auth/api';
import { AWARDS_ENTITIES } from '@thidua/awards/api';
import { BALLOTS_ENTITIES } from '@thidua/ballots/api';
import { DOCUMENTS_ENTITIES } from '@thidua/documents/api';
import { REGISTRY_ENTITIES } from '@thidua/registry/api';
import { MOVEMENTS_ENTITIES } from '@thidua/movements/api';
import { SCORING_ENTITIES } from '@thidua/scoring/api';
import { REPORTS_ENTITIES } from '@thidua/reports/api';
import {
  AttachmentEntity,
  AuditLogEntity,
  SigningCertificateEntity,
} from '@thidua/shared/api-core';

/** Every entity of every api lib; each lib exports its own list. */
export const ENTITIES = [
  AuditLogEntity,
  AttachmentEntity,
  SigningCertificateEntity,
  ...REGISTRY_ENTITIES,
  ...AUTH_ENTITIES,
  ...MOVEMENTS_ENTITIES,
  ...SCORING_ENTITIES,
  ...AWARDS_ENTITIES,
  ...BALLOTS_ENTITIES,
  ...DOCUMENTS_ENTITIES,
  ...REPORTS_ENTITIES,
];
