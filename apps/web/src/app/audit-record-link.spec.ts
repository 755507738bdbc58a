import type { AuditLogEntryResponse } from '@thidua/shared/contracts';

import { auditRecordLink } from './audit-record-link';

const entry = (fields: Partial<AuditLogEntryResponse>): AuditLogEntryResponse => ({
  id: 'e1',
  at: '2025-03-04T05:06:00Z',
  actorId: null,
  actorUsername: 'admin',
  action: 'update',
  entity: 'ballot',
  entityId: 'b1',
  before: null,
  after: null,
  reason: null,
  ip: null,
  userAgent: null,
  origin: 'request',
  ...fields,
});

describe('auditRecordLink', () => {
  it.each([
    [{ entity: 'ballot', entityId: 'b1' }, '/ballots/b1'],
    [{ entity: 'ballotCounts', entityId: 'b1' }, '/ballots/b1'],
    [{ entity: 'awardList', entityId: 'l1' }, '/awards/lists/l1'],
    [{ entity: 'blocLeadership', entityId: 'k1' }, '/blocs/k1'],
    [{ entity: 'nomination', entityId: 'n1' }, '/nominations/n1'],
    [{ entity: 'activityReport', entityId: 'r1', after: { movementId: 'm1' } }, '/movements/m1'],
    [{ entity: 'votingCode', entityId: 'v1', after: { meetingId: 'h1' } }, '/meetings/h1'],
    [{ entity: 'awardHistory', entityId: null, action: 'import' }, '/award-history'],
    [{ entity: 'unit', entityId: 'u1', action: 'delete' }, null],
    [{ entity: 'scoreSheet', entityId: 's1' }, null],
    [{ entity: 'auditLog', entityId: null, action: 'export' }, null],
  ] as Array<[Partial<AuditLogEntryResponse>, string | null]>)(
    'should link %o to %p',
    (fields, link) => {
      expect(auditRecordLink(entry(fields))).toBe(link);
    },
  );
});
