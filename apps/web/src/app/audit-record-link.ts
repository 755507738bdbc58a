import { AUTH_PATHS, type AuditRecordLink } from '@thidua/auth/web';
import { AWARDS_PATHS, nominationPath, personPath } from '@thidua/awards/web';
import { ballotPath, meetingPath } from '@thidua/ballots/data-access';
import { DOCUMENTS_PATHS, awardListPath } from '@thidua/documents/web';
import { movementPath } from '@thidua/movements/web';
import { REGISTRY_PATHS, blocPath, unitPath } from '@thidua/registry/web';
import type { AuditEntity } from '@thidua/shared/contracts';

/** Records with a page of their own, found by the entry's record id. */
const RECORD_PAGES: Partial<Record<AuditEntity, (id: string) => string>> = {
  unit: unitPath,
  bloc: blocPath,
  blocMembership: blocPath,
  blocLeadership: blocPath,
  movement: movementPath,
  movementResult: movementPath,
  person: personPath,
  personYearRecord: personPath,
  nomination: nominationPath,
  awardList: awardListPath,
  meeting: meetingPath,
  meetingVoters: meetingPath,
  votingCodes: meetingPath,
  ballot: ballotPath,
  ballotCounts: ballotPath,
};

/** Records shown on their parent's page, named by a field of the entry. */
const PARENT_PAGES: Partial<Record<AuditEntity, [string, (id: string) => string]>> = {
  activityReport: ['movementId', movementPath],
  exemplaryModel: ['movementId', movementPath],
  attachment: ['movementId', movementPath],
  votingCode: ['meetingId', meetingPath],
};

/** Records kept on a list page. */
const LIST_PAGES: Partial<Record<AuditEntity, string>> = {
  user: AUTH_PATHS.users,
  unitKind: REGISTRY_PATHS.unitKinds,
  organisationProfile: REGISTRY_PATHS.organisation,
  legalDocument: REGISTRY_PATHS.organisation,
  awardType: AWARDS_PATHS.awardTypes,
  awardRuleVersion: AWARDS_PATHS.awardTypes,
  certificateLayout: DOCUMENTS_PATHS.certificateLayouts,
  signingCertificate: DOCUMENTS_PATHS.signingCertificates,
  apiKey: AUTH_PATHS.apiKeys,
  awardHistory: AWARDS_PATHS.awardHistory,
};

/** The page of the record an audit entry is about; none for a deleted record. */
export const auditRecordLink: AuditRecordLink = (entry) => {
  if (entry.action === 'delete') return null;
  const entity = entry.entity as AuditEntity;
  const page = RECORD_PAGES[entity];
  if (page && entry.entityId) return page(entry.entityId);
  const parent = PARENT_PAGES[entity];
  if (parent) {
    const id = { ...asRecord(entry.before), ...asRecord(entry.after) }[parent[0]];
    return typeof id === 'string' && id ? parent[1](id) : null;
  }
  return LIST_PAGES[entity] ?? null;
};

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
