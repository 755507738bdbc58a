import { createHash, randomUUID } from 'node:crypto';

import { encryptBallot, generateKeyPair, sealParams } from '@thidua/ballots/domain';
import type { ChildProcess } from 'node:child_process';

import {
  type Answer,
  freePort,
  phoneClient,
  processEnded,
  startApiProcess,
  waitUntilUp,
} from '../support/api-process';
import { PARTY_BLOC, type TestApp, blocId, createTestApp } from '../support/test-app';
import { SUITE_YEARS } from '../support/years';

/**
 * A hall of phones votes in a sealed secret ballot while the API process is killed (SIGKILL, no
 * goodbye) in the middle of the burst, then started again. Every vote answered 201 must be
 * counted; every delegate left without an answer sends the same vote again (same vote id and
 * encrypted ballot, as the phone keeps them) and gets its receipt, whether the first attempt was
 * committed or not; in the end each delegate is counted exactly once. The API runs as its own
 * process from the sources.
 */
const DELEGATES = 200;
const [YEAR] = SUITE_YEARS.voteCrash;

describe('votes when the API process dies mid-burst', () => {
  let t: TestApp;
  let api: ChildProcess | undefined;
  let phones = phoneClient();

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    phones.close();
    api?.kill('SIGKILL');
    await t.close();
  });

  it('should count every answered vote once and let every unanswered delegate vote again', async () => {
    const sql = (text: string, params: unknown[] = []) => t.dataSource.query(text, params);
    const bloc = await blocId(t, PARTY_BLOC);
    const [award] = await sql(`SELECT id FROM award_types WHERE code = 'GK'`);
    const units = await sql(`SELECT id FROM units ORDER BY code LIMIT 2`);
    const nominations: string[] = [];
    for (const unit of units) {
      const [n] = await sql(
        `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary, status)
         VALUES ($4, $1, 'collective', $2, $2, $3, 'Hoàn thành xuất sắc nhiệm vụ', 'accepted') RETURNING id`,
        [award.id, unit.id, bloc, YEAR],
      );
      nominations.push(n.id);
    }
    const [meeting] = await sql(
      `INSERT INTO meetings (bloc_id, term_year, title, meeting_date, place, chair, secretary, counting_committee, quorum_percent)
       VALUES ($1, $2::int, 'Hội nghị có sự cố', make_date($2::int, 12, 20), 'Hội trường', 'Chủ trì', 'Thư ký', '[]', 50) RETURNING id`,
      [bloc, YEAR],
    );
    const codes = Array.from({ length: DELEGATES }, (_, i) => `CRASH${String(i).padStart(4, '0')}`);
    await sql(
      `INSERT INTO meeting_voters (meeting_id, delegate_name, is_present, code_hash)
       SELECT $1, 'Đại biểu ' || i, true, h FROM unnest($2::text[]) WITH ORDINALITY AS t(h, i)`,
      [meeting.id, codes.map((c) => createHash('sha256').update(c).digest('hex'))],
    );
    const { publicKey } = generateKeyPair();
    const [ballot] = await sql(
      `INSERT INTO ballots (meeting_id, title, award_type_id, method, mode, threshold, denominator, comparator, max_winners,
                            status, opened_at, eligible_count, present_count, public_key, committee_size, committee_threshold, share_digests)
       VALUES ($1, 'Bỏ phiếu khi mất điện', $2, 'chooseK', 'secret', 50, 'eligible', 'gt', 1, 'open', now(), $3, $3, $4, 1, 1, '[]') RETURNING id`,
      [meeting.id, award.id, DELEGATES, publicKey],
    );
    for (const [i, id] of nominations.entries())
      await sql(
        `INSERT INTO ballot_candidates (ballot_id, nomination_id, position) VALUES ($1, $2, $3)`,
        [ballot.id, id, i + 1],
      );

    const port = await freePort();
    const base = `http://127.0.0.1:${port}/api/v1/ballots/${ballot.id}`;
    const params = sealParams({
      id: ballot.id,
      method: 'chooseK',
      maxWinners: 1,
      candidateCount: 2,
      publicKey,
    });
    // What each phone keeps before sending: its vote id and its encrypted ballot.
    const sealed = codes.map((_, i) => ({
      voteId: randomUUID(),
      ballot: encryptBallot(params, i % 2 ? [0, 1] : [1, 0]),
    }));
    const vote = (i: number) =>
      phones.call('POST', `${base}/votes`, sealed[i], { 'x-voting-code': codes[i] });

    api = startApiProcess(port);
    await waitUntilUp(port);
    // The phones load the ballot first (one connection each). A first wave of delegates votes and
    // is answered; then the rest vote at once, and the process is killed as soon as the database
    // holds the first of their votes, while others are still on the way.
    await Promise.all(
      codes.map((code) => phones.call('GET', base, undefined, { 'x-voting-code': code })),
    );
    const firstWave = DELEGATES / 4;
    const early = await Promise.all(codes.slice(0, firstWave).map((_, i) => vote(i)));
    const burst: Promise<Array<Answer | null>> = Promise.all(
      codes.slice(firstWave).map((_, k) => vote(firstWave + k).catch(() => null)),
    );
    for (let polls = 0; polls < 5000; polls += 1) {
      const [row] = await sql(
        `SELECT count(*)::int AS n FROM ballot_participations WHERE ballot_id = $1`,
        [ballot.id],
      );
      if (row.n > firstWave) break;
    }
    api.kill('SIGKILL');
    const first: Array<Answer | null> = [...early, ...(await burst)];
    await processEnded(api);
    const answered = first.flatMap((a, i) => (a?.status === 201 ? [i] : []));
    const unanswered = first.flatMap((a, i) => (a?.status === 201 ? [] : [i]));
    expect(answered.length).toBeGreaterThan(0);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(first.every((a) => a === null || a.status === 201)).toBe(true);

    const receipts = new Set<string>(
      (await sql(`SELECT receipt FROM ballot_votes WHERE ballot_id = $1`, [ballot.id])).map(
        (r: { receipt: string }) => r.receipt,
      ),
    );
    for (const i of answered)
      expect(
        receipts.has((JSON.parse((first[i] as Answer).body) as { receipt: string }).receipt),
      ).toBe(true);

    phones.close();
    phones = phoneClient();
    api = startApiProcess(port);
    await waitUntilUp(port);
    const again = await Promise.all(unanswered.map((i) => vote(i)));
    // Every retry gets its receipt: the vote committed before the crash, or written now.
    expect(again.map((a) => a.status)).toEqual(unanswered.map(() => 201));
    const kept = new Set<string>(
      (await sql(`SELECT receipt FROM ballot_votes WHERE ballot_id = $1`, [ballot.id])).map(
        (r: { receipt: string }) => r.receipt,
      ),
    );
    for (const a of again)
      expect(kept.has((JSON.parse(a.body) as { receipt: string }).receipt)).toBe(true);
    for (const i of unanswered) {
      const page = await phones.call('GET', base, undefined, { 'x-voting-code': codes[i] });
      expect(JSON.parse(page.body).hasVoted).toBe(true);
    }
    const [counts] = await sql(
      `SELECT (SELECT count(*)::int FROM ballot_votes WHERE ballot_id = $1) AS votes,
              (SELECT count(*)::int FROM ballot_participations WHERE ballot_id = $1) AS voters`,
      [ballot.id],
    );
    expect(counts).toEqual({ votes: DELEGATES, voters: DELEGATES });
  }, 180_000);
});
