import type { APIRequestContext } from '@playwright/test';

import { api } from './data';

interface MeetingVoters {
  version: number;
  voters: Array<{ unit: { id: string } | null; delegateName: string; userId: string | null }>;
}

/**
 * Marks every delegate of a meeting present, as the secretariat does at the door: a new meeting's
 * delegates are absent until marked.
 */
export async function markAllPresent(request: APIRequestContext, meetingId: string): Promise<void> {
  const meeting = await api<MeetingVoters>(request, 'get', `/api/v1/meetings/${meetingId}`);
  await api(request, 'put', `/api/v1/meetings/${meetingId}/voters`, {
    version: meeting.version,
    voters: meeting.voters.map((v) => ({
      unitId: v.unit?.id ?? null,
      delegateName: v.delegateName,
      userId: v.userId,
      isPresent: true,
    })),
  });
}
