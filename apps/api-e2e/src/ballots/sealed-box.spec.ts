import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BallotResponse } from '@thidua/ballots/contracts';
import {
  type BallotBoard,
  encryptBallot,
  marksOf,
  nobleGroup,
  sealParams,
  verifyBoard,
} from '@thidua/ballots/domain';

import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  binaryParser,
  blocId,
  carryYear,
  createTestApp,
  login,
  versionOf,
} from '../support/test-app';
import { markAllPresent } from '../support/meetings';
import { sealedVote } from '../support/sealed';
import { SUITE_YEARS } from '../support/years';

const [SECRECY_YEAR, MIXED_YEAR] = SUITE_YEARS.sealedBox;
const ROOT = join(__dirname, '../../../..');

/**
 * The sealed ballot box tried as a database holder, a backup holder and a verifier would: no
 * choice in clear anywhere, nothing recovered by pairing rows, the bulletin board checked and a
 * tampered one refused, and a ballot counted on phones and on paper together.
 */
describe('the sealed ballot box', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let party: string;
  let award: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky] = await Promise.all(['admin', 'thuky'].map((u) => login(t.http, u)));
    party = await blocId(t, PARTY_BLOC);
    const [gk] = await t.dataSource.query(`SELECT id FROM award_types WHERE code = 'GK'`);
    award = gk.id;
  });

  afterAll(() => t.close());

  /** An open secret ballot (choose at most 2 of 3) of the party bloc in `year`, with codes. */
  async function openBallot(year: number): Promise<{
    ballot: BallotResponse;
    shares: string[];
    codes: string[];
  }> {
    await carryYear(t, party, year);
    const nominations: string[] = [];
    for (const code of ['VPTU', 'BTGTU', 'BLC']) {
      const [n] = await t.dataSource.query(
        `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, unit_id, proposing_unit_id, bloc_id, summary, status)
         SELECT $1, $2, 'collective', u.id, u.id, $3, 'Hoàn thành xuất sắc nhiệm vụ', 'accepted' FROM units u WHERE u.code = $4
         RETURNING id`,
        [year, award, party, code],
      );
      nominations.push(n.id);
    }
    const m = await t.http
      .post('/api/v1/meetings')
      .set(bearer(thuky))
      .send({
        blocId: party,
        year,
        title: `Hội nghị bình xét năm ${year}`,
        meetingDate: `${year}-12-18`,
        place: 'Hội trường Tỉnh ủy',
        chair: 'Lưu Thị Nụ',
        secretary: 'Nguyễn Thu Hà',
        countingCommittee: ['Phạm Quang Cường', 'Đỗ Thị Hạnh', 'Nguyễn Văn An'],
        committeeThreshold: 2,
      })
      .expect(201);
    await markAllPresent(t, thuky, m.body.id);
    const created = await t.http
      .post('/api/v1/ballots')
      .set(bearer(thuky))
      .send({
        meetingId: m.body.id,
        awardTypeId: award,
        nominationIds: nominations,
        title: 'Bình xét Giấy khen',
        method: 'chooseK',
        mode: 'secret',
        maxWinners: 2,
      })
      .expect(201);
    const codes = await t.http
      .post(`/api/v1/meetings/${m.body.id}/voter-codes`)
      .set(bearer(thuky))
      .expect(201);
    const opened = await t.http
      .post(`/api/v1/ballots/${created.body.id}/open`)
      .set(bearer(thuky))
      .send({ version: created.body.version })
      .expect(200);
    return {
      ballot: opened.body,
      shares: opened.body.committeeShares.map((s: { code: string }) => s.code),
      codes: codes.body.map((c: { code: string }) => c.code),
    };
  }

  const vote = (b: BallotResponse, code: string, choices: string[]) =>
    t.http
      .post(`/api/v1/ballots/${b.id}/votes`)
      .set('X-Voting-Code', code)
      .send(sealedVote(b, { choices }))
      .expect(201);

  async function closeAndCount(b: BallotResponse, shares: string[]): Promise<BallotResponse> {
    await t.http
      .post(`/api/v1/ballots/${b.id}/close`)
      .set(bearer(thuky))
      .send({ version: await versionOf(t, 'ballots', b.id) })
      .expect(200);
    const counted = await t.http
      .post(`/api/v1/ballots/${b.id}/tally`)
      .set(bearer(thuky))
      .send({ shares, version: await versionOf(t, 'ballots', b.id) })
      .expect(200);
    return counted.body;
  }

  it('should keep no choice in clear and let no pairing of rows reveal one', async () => {
    const { ballot: b, shares, codes } = await openBallot(SECRECY_YEAR);
    const [a, c2, c3] = b.candidates.map((c) => c.nominationId);
    const chosen = [[a], [a, c2], [c3], [], [a, c3]];
    for (const [i, choices] of chosen.entries()) await vote(b, codes[i], choices);

    // A full dump of every table: the candidates' ids appear only where they name the candidates
    // (the ballot's candidate list, the nominations, the audit of the ballot's creation), never in
    // a vote, a participation or the ballot's own row.
    const tables: Array<{ name: string }> = await t.dataSource.query(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const holding = new Set<string>();
    for (const { name } of tables) {
      const rows: Array<{ row: string }> = await t.dataSource.query(
        `SELECT t::text AS row FROM ${name} t`,
      );
      if (rows.some((r) => [a, c2, c3].some((id) => r.row.includes(id)))) holding.add(name);
    }
    for (const table of ['ballot_votes', 'ballot_participations', 'ballot_named_votes', 'ballots'])
      expect(holding.has(table)).toBe(false);
    const votes: Array<{ row: string }> = await t.dataSource.query(
      `SELECT v::text AS row FROM ballot_votes v WHERE ballot_id = $1`,
      [b.id],
    );
    expect(votes).toHaveLength(chosen.length);
    for (const v of votes) expect(v.row).not.toMatch(/agree|"choices": \[|true|false/);

    // Pair voters and votes as an attacker would: same transaction (xmin), same physical order,
    // same insertion order. Each pairing yields a ciphertext, and guessing its choice by
    // encrypting every possible choice to the ballot's public key never reproduces it (the
    // encryption is randomised), so the pairing reveals nothing.
    const paired: Array<{ voter_id: string; ciphertext: { choices: Array<{ alpha: string }> } }> =
      await t.dataSource.query(
        `SELECT p.voter_id, v.ciphertext FROM ballot_participations p
           JOIN ballot_votes v ON v.xmin = p.xmin AND v.ballot_id = p.ballot_id
          WHERE p.ballot_id = $1`,
        [b.id],
      );
    const params = sealParams({
      id: b.id,
      method: b.method,
      maxWinners: b.maxWinners,
      candidateCount: 3,
      publicKey: b.seal?.publicKey ?? '',
    });
    const ids = b.candidates.map((c) => c.nominationId);
    const guesses = [[], [a], [c2], [c3], [a, c2], [a, c3], [c2, c3]].map((choices) =>
      encryptBallot(params, marksOf(ids, { choices })),
    );
    for (const pair of paired)
      for (const guess of guesses)
        expect(pair.ciphertext.choices.map((c) => c.alpha)).not.toEqual(
          guess.choices.map((c) => c.alpha),
        );
    const byOrder: Array<{ ciphertext: unknown }> = await t.dataSource.query(
      `SELECT ciphertext FROM ballot_votes WHERE ballot_id = $1 ORDER BY ctid`,
      [b.id],
    );
    expect(byOrder.map((r) => JSON.stringify(r.ciphertext))).not.toContain('"choices":["');
    // No time or sequence of its own is kept with a vote or a participation.
    const timeColumns: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.columns
        WHERE table_name IN ('ballot_votes', 'ballot_participations')
          AND (data_type LIKE 'timestamp%' OR data_type = 'date' OR column_default LIKE 'nextval%')`,
    );
    expect(timeColumns[0].n).toBe(0);

    // Two of three shares count it; the totals are right.
    const counted = await closeAndCount(b, [shares[1], shares[2]]);
    const results = await t.http
      .get(`/api/v1/ballots/${b.id}/results`)
      .set(bearer(admin))
      .expect(200);
    const votesOf = Object.fromEntries(
      results.body.rows.map((r: { nominationId: string; votes: number }) => [
        r.nominationId,
        r.votes,
      ]),
    );
    expect(votesOf).toEqual({ [a]: 3, [c2]: 1, [c3]: 2 });
    expect(results.body.valid).toBe(5);

    // The bulletin board: its SHA-256 is the fingerprint, it verifies, and a tampered copy does not.
    const file = await t.http
      .get(`/api/v1/ballots/${b.id}/board`)
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const text = (file.body as Buffer).toString('utf8');
    expect(createHash('sha256').update(file.body).digest('hex')).toBe(counted.seal?.fingerprint);
    const board = JSON.parse(text) as BallotBoard;
    const good = verifyBoard(nobleGroup, board);
    expect(good).toEqual(expect.objectContaining({ ok: true, votes: 5, counts: [3, 1, 2] }));
    const tamperedVote = structuredClone(board);
    tamperedVote.votes[0].ballot.choices[0].beta = board.votes[1].ballot.choices[0].beta;
    expect(verifyBoard(nobleGroup, tamperedVote).ok).toBe(false);
    const tamperedProof = structuredClone(board);
    tamperedProof.votes[2].ballot.choices[1].proof[0].response =
      board.votes[2].ballot.choices[1].proof[1].response;
    expect(verifyBoard(nobleGroup, tamperedProof).ok).toBe(false);
    const tamperedCount = structuredClone(board);
    tamperedCount.tally.electronic[0] += 1;
    tamperedCount.result.counts[0] += 1;
    expect(verifyBoard(nobleGroup, tamperedCount).ok).toBe(false);

    // The command-line verifier says the same, by its exit code.
    const dir = mkdtempSync(join(tmpdir(), 'board-'));
    writeFileSync(join(dir, 'good.json'), text);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(tamperedVote, null, 2));
    const verify = (file: string) => {
      try {
        execFileSync(
          process.execPath,
          ['-r', '@swc-node/register', 'tools/ballot-verify/main.ts', join(dir, file)],
          {
            cwd: ROOT,
            env: { ...process.env, SWC_NODE_PROJECT: 'tools/tsconfig.tools.json' },
            encoding: 'utf8',
          },
        );
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(verify('good.json')).toBe(0);
    expect(verify('bad.json')).toBe(1);
  }, 120_000);

  it('should refuse another ballot’s shares and count phones and paper ballots together', async () => {
    const { ballot: b, shares, codes } = await openBallot(MIXED_YEAR);
    const [a, c2, c3] = b.candidates.map((c) => c.nominationId);
    for (const [i, choices] of [[a], [a, c2], [c2], [a, c3]].entries())
      await vote(b, codes[i], choices);
    // Five delegates voted on paper: 4 valid (a: 3, c2: 2, c3: 1), 1 invalid.
    const paper = await t.http
      .put(`/api/v1/ballots/${b.id}/paper-counts`)
      .set(bearer(thuky))
      .send({
        issued: 5,
        returned: 5,
        valid: 4,
        invalid: 1,
        votes: { [a]: 3, [c2]: 2, [c3]: 1 },
        version: await versionOf(t, 'ballots', b.id),
      })
      .expect(200);
    expect(paper.body.paperCounts.valid).toBe(4);
    // More paper ballots than delegates who did not vote on a phone is refused.
    const tooMany = await t.http
      .put(`/api/v1/ballots/${b.id}/paper-counts`)
      .set(bearer(thuky))
      .send({
        issued: 6,
        returned: 6,
        valid: 6,
        invalid: 0,
        votes: { [a]: 1 },
        version: await versionOf(t, 'ballots', b.id),
      })
      .expect(422);
    expect(tooMany.body.code).toBe('ballots.paperCounts');
    await t.http
      .post(`/api/v1/ballots/${b.id}/close`)
      .set(bearer(thuky))
      .send({ version: await versionOf(t, 'ballots', b.id) })
      .expect(200);
    // A share of the other ballot, typed well, is not this ballot's: named, nothing counted.
    const other = await t.dataSource.query(
      `SELECT id FROM ballots WHERE mode = 'secret' AND id <> $1 AND share_digests IS NOT NULL LIMIT 1`,
      [b.id],
    );
    expect(other).toHaveLength(1);
    const wrong = await t.http
      .post(`/api/v1/ballots/${b.id}/tally`)
      .set(bearer(thuky))
      .send({
        shares: [shares[0], 'ABCD-EFGH-JKMN-PQRS'],
        version: await versionOf(t, 'ballots', b.id),
      })
      .expect(422);
    expect(wrong.body.fieldErrors['shares.1']).toEqual([expect.stringMatching(/gõ sai/)]);
    const [still] = await t.dataSource.query(`SELECT tallied_at FROM ballots WHERE id = $1`, [
      b.id,
    ]);
    expect(still.tallied_at).toBeNull();
    await t.http
      .post(`/api/v1/ballots/${b.id}/tally`)
      .set(bearer(thuky))
      .send({ shares: [shares[0], shares[2]], version: await versionOf(t, 'ballots', b.id) })
      .expect(200);
    const results = await t.http
      .get(`/api/v1/ballots/${b.id}/results`)
      .set(bearer(admin))
      .expect(200);
    const votesOf = Object.fromEntries(
      results.body.rows.map((r: { nominationId: string; votes: number }) => [
        r.nominationId,
        r.votes,
      ]),
    );
    expect(votesOf).toEqual({ [a]: 6, [c2]: 4, [c3]: 2 });
    expect(results.body).toEqual(
      expect.objectContaining({ valid: 8, cast: 9, electronicVotes: 4, paperValid: 4 }),
    );
    const board = await t.http
      .get(`/api/v1/ballots/${b.id}/board`)
      .set(bearer(admin))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const check = verifyBoard(nobleGroup, JSON.parse((board.body as Buffer).toString('utf8')));
    expect(check).toEqual(expect.objectContaining({ ok: true, counts: [6, 4, 2] }));
  }, 120_000);
});
