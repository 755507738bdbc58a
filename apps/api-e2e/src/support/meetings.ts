import { type TestApp, bearer } from './test-app';

interface Voter {
  unit: { id: string } | null;
  delegateName: string;
  userId: string | null;
}

/**
 * Marks every delegate of a meeting present, as the secretariat does at the door: a new meeting's
 * delegates are absent until marked.
 */
export async function markAllPresent(t: TestApp, token: string, meetingId: string): Promise<void> {
  const meeting = await t.http.get(`/api/v1/meetings/${meetingId}`).set(bearer(token)).expect(200);
  await t.http
    .put(`/api/v1/meetings/${meetingId}/voters`)
    .set(bearer(token))
    .send({
      version: meeting.body.version,
      voters: (meeting.body.voters as Voter[]).map((v) => ({
        unitId: v.unit?.id ?? null,
        delegateName: v.delegateName,
        userId: v.userId,
        isPresent: true,
      })),
    })
    .expect(200);
}
