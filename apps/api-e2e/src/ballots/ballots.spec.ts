import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  binaryParser,
  blocId,
  carryYear,
  createTestApp,
  login,
  unitId,
  versionOf,
} from '../support/test-app';
import { markAllPresent } from '../support/meetings';
import { sealedVote } from '../support/sealed';
import { SUITE_YEARS } from '../support/years';
import { downloadNames } from '../support/downloads';

const [SECRET_YEAR, PAPER_YEAR, LIVE_YEAR, OPEN_YEAR] = SUITE_YEARS.ballots;

describe('ballots', () => {
  let t: TestApp;
  let admin: string;
  let thuky: string;
  let donvi: string;
  let party: string;
  let award: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, thuky, donvi] = await Promise.all(
      ['admin', 'thuky', 'donvi'].map((u) => login(t.http, u)),
    );
    party = await blocId(t, PARTY_BLOC);
    const types = await t.http.get('/api/v1/award-types').set(bearer(donvi)).expect(200);
    award = Object.fromEntries(types.body.map((a: { code: string; id: string }) => [a.code, a.id]));
  });

  afterAll(() => t.close());

  /** The party bloc's 2024 members, head and deputy carried into `year`. */
  const prepareYear = (year: number) => carryYear(t, party, year);

  /** Accepted nominations for Giấy khen of party-bloc units in `year`, by the admin. */
  async function acceptedNominations(year: number, codes: string[]): Promise<string[]> {
    await prepareYear(year);
    const ids: string[] = [];
    for (const code of codes) {
      const unit = await unitId(t, code);
      const n = await t.http
        .post('/api/v1/nominations')
        .set(bearer(admin))
        .send({
          year,
          awardTypeId: award['GK'],
          beneficiaryKind: 'collective',
          beneficiaryId: unit,
          proposingUnitId: unit,
          summary: 'Hoàn thành xuất sắc nhiệm vụ',
        })
        .expect(201);
      const s = await t.http
        .post(`/api/v1/nominations/${n.body.id}/transitions`)
        .set(bearer(admin))
        .send({ action: 'submit', version: n.body.version })
        .expect(200);
      await t.http
        .post(`/api/v1/nominations/${n.body.id}/transitions`)
        .set(bearer(admin))
        .send({ action: 'accept', version: s.body.version })
        .expect(200);
      ids.push(n.body.id);
    }
    return ids;
  }

  /** A meeting of the party bloc, as created (nobody present yet); then everyone is marked present. */
  async function meeting(
    year: number,
    token = thuky,
  ): Promise<{
    id: string;
    presentCount: number;
    voters: Array<{ id: string; unit: { code: string }; isPresent: boolean }>;
  }> {
    const res = await t.http
      .post('/api/v1/meetings')
      .set(bearer(token))
      .send({
        blocId: party,
        year,
        title: `Hội nghị tổng kết năm ${year}`,
        meetingDate: `${year}-12-18`,
        place: 'Hội trường Báo Lào Cai',
        chair: 'Lưu Thị Nụ',
        secretary: 'Nguyễn Thu Hà',
        countingCommittee: ['Phạm Quang Cường', 'Đỗ Thị Hạnh', 'Nguyễn Văn An'],
      })
      .expect(201);
    await markAllPresent(t, token, res.body.id);
    return res.body;
  }

  /** A ballot on Giấy khen nominations of a meeting, made by `token` (admin by default). */
  async function createBallot(
    meetingId: string,
    nominationIds: string[],
    fields: Record<string, unknown>,
    token = admin,
  ): Promise<{ id: string; rule: unknown }> {
    const res = await t.http
      .post('/api/v1/ballots')
      .set(bearer(token))
      .send({ meetingId, awardTypeId: award['GK'], nominationIds, ...fields })
      .expect(201);
    return res.body;
  }

  it('should hold the 2023 conference: 9 delegates elected Trường Chính trị tỉnh and Văn phòng Tỉnh ủy', async () => {
    const list = await t.http
      .get(`/api/v1/meetings?blocId=${party}&year=2023`)
      .set(bearer(donvi))
      .expect(200);
    const [m] = list.body;
    expect(m).toEqual(
      expect.objectContaining({ eligibleCount: 9, presentCount: 9, hasQuorum: true }),
    );
    const results = await t.http
      .get(`/api/v1/ballots/${m.ballots[0].id}/results`)
      .set(bearer(donvi))
      .expect(200);
    expect(
      results.body.rows.map(
        (r: {
          name: string;
          votes: number;
          percent: number;
          denominator: number;
          passed: boolean;
          elected: boolean;
        }) => [r.name, r.votes, r.percent, r.denominator, r.passed, r.elected],
      ),
    ).toEqual([
      ['Trường Chính trị tỉnh', 8, 88.89, 9, true, true],
      ['Văn phòng Tỉnh ủy', 7, 77.78, 9, true, true],
    ]);
    const receipts = await t.http
      .get(`/api/v1/ballots/${m.ballots[0].id}/receipts`)
      .set(bearer(donvi))
      .expect(200);
    expect(receipts.body).toHaveLength(9);
    expect(receipts.body).toEqual([...receipts.body].sort());
  });

  it('should run a secret ballot: quorum, one vote per delegate, no vote before or after, results after close', async () => {
    const year = SECRET_YEAR;
    const candidates = await acceptedNominations(year, ['VPTU', 'BTGTU', 'BLC']);
    const m = await meeting(year);
    expect(m.voters).toHaveLength(9);
    // The secretariat marks who is present: nobody is counted present by default.
    expect(m.presentCount).toBe(0);
    expect(m.voters.filter((v) => v.isPresent)).toEqual([]);
    // 5 of 9 present is below the two-thirds quorum.
    const voters = m.voters.map((v, i) => ({
      unitId: (v as unknown as { unit: { id: string } }).unit.id,
      delegateName: `Đại biểu ${i + 1}`,
      isPresent: i < 5,
    }));
    await t.http
      .put(`/api/v1/meetings/${m.id}/voters`)
      .set(bearer(thuky))
      .send({ version: await versionOf(t, 'meetings', m.id), voters })
      .expect(200);
    const ballot = await createBallot(
      m.id,
      candidates,
      {
        title: 'Bình xét Giấy khen',
        method: 'chooseK',
        mode: 'secret',
        maxWinners: 2,
      },
      thuky,
    );
    expect(ballot.rule).toEqual({ threshold: 50, denominator: 'eligible', comparator: 'gt' });
    const id = ballot.id;
    await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(donvi))
      .send({
        voteId: '6f1c2a52-8f2e-4a8e-9a57-1d7b1f0b7a11',
        ballot: { choices: [], overall: null },
      })
      .expect(409);
    const noQuorum = await t.http
      .post(`/api/v1/ballots/${id}/open`)
      .set(bearer(thuky))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(409);
    expect(noQuorum.body.code).toBe('ballots.noQuorum');
    await t.http
      .put(`/api/v1/meetings/${m.id}/voters`)
      .set(bearer(thuky))
      .send({
        version: await versionOf(t, 'meetings', m.id),
        voters: voters.map((v) => ({ ...v, isPresent: true })),
      })
      .expect(200);
    await t.http
      .post(`/api/v1/ballots/${id}/open`)
      .set(bearer(donvi))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(403);
    const opened = await t.http
      .post(`/api/v1/ballots/${id}/open`)
      .set(bearer(thuky))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(200);
    // The sealed box: a public key, and the committee's three shares (2 of 3), given once.
    expect(opened.body.seal).toEqual(
      expect.objectContaining({ committeeSize: 3, committeeThreshold: 2, fingerprint: null }),
    );
    const shares: string[] = opened.body.committeeShares.map((c: { code: string }) => c.code);
    expect(opened.body.committeeShares.map((c: { member: string }) => c.member)).toEqual([
      'Phạm Quang Cường',
      'Đỗ Thị Hạnh',
      'Nguyễn Văn An',
    ]);
    const again = await t.http.get(`/api/v1/ballots/${id}`).set(bearer(thuky)).expect(200);
    expect(again.body.committeeShares).toBeUndefined();
    const b = opened.body;

    const tooMany = await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(donvi))
      .send({ ...sealedVote({ ...b, maxWinners: 3 }, { choices: candidates }) })
      .expect(422);
    expect(tooMany.body.code).toBe('ballots.badBallot');
    const clear = await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(donvi))
      .send({ voteId: '6f1c2a52-8f2e-4a8e-9a57-1d7b1f0b7a11', choices: [candidates[0]] })
      .expect(422);
    expect(clear.body.code).toBe('ballots.wrongMethod');
    const mineVote = sealedVote(b, { choices: [candidates[0], candidates[1]] });
    const receipt = await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(donvi))
      .send(mineVote)
      .expect(201);
    expect(receipt.body.receipt).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.body.via).toBe('account');
    // The same vote again (its answer was lost): the same receipt, nothing written twice.
    const retry = await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(donvi))
      .send(mineVote)
      .expect(201);
    expect(retry.body.receipt).toBe(receipt.body.receipt);
    const twice = await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(donvi))
      .send(sealedVote(b, { choices: [candidates[2]] }))
      .expect(409);
    expect(twice.body.code).toBe('ballots.alreadyVoted');
    const viewer = await login(t.http, 'xem');
    const notVoter = await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(viewer))
      .send(sealedVote(b, { choices: [candidates[0]] }))
      .expect(403);
    expect(notVoter.body.code).toBe('ballots.notVoter');
    await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .send(sealedVote(b, { choices: [candidates[0]] }))
      .expect(403);
    // Receipts are not listed while the ballot is open.
    await t.http.get(`/api/v1/ballots/${id}/receipts`).set(bearer(donvi)).expect(409);

    // Delegates without an account vote with a one-time code, sent in a header.
    const codes = await t.http
      .post(`/api/v1/meetings/${m.id}/voter-codes`)
      .set(bearer(thuky))
      .expect(201);
    const others = codes.body.filter(
      (c: { unit: { code: string } }) => !['BTGTU', 'BLC'].includes(c.unit.code),
    );
    for (const [i, c] of others.slice(0, 5).entries()) {
      const answer = await t.http
        .post(`/api/v1/ballots/${id}/votes`)
        .set('X-Voting-Code', c.code.toLowerCase())
        .send(sealedVote(b, { choices: i < 4 ? [candidates[0]] : [candidates[2]] }))
        .expect(201);
      expect(answer.body.via).toBe('code');
    }
    // A replay of another delegate's encrypted ballot is refused and writes nothing.
    const replay = await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set('X-Voting-Code', others[5].code)
      .send({ ...mineVote, voteId: '0b6f5e3a-5c1d-4d0e-8d5e-3f7c9b2a1e44' })
      .expect(409);
    expect(replay.body.code).toBe('ballots.replayedBallot');
    await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set('X-Voting-Code', 'ZZZZZZZZ')
      .send(sealedVote(b, { choices: [candidates[0]] }))
      .expect(401);
    const mine = await t.http
      .get('/api/v1/ballots')
      .set('X-Voting-Code', others[5].code)
      .expect(200);
    expect(mine.body.map((x: { id: string }) => x.id)).toEqual([id]);
    await t.http.get('/api/v1/ballots').set('X-Voting-Code', 'ZZZZZZZZ').expect(401);
    await t.http.get(`/api/v1/ballots?meetingId=${m.id}`).expect(401);
    const withCode = await t.http
      .get(`/api/v1/ballots/${id}`)
      .set('X-Voting-Code', others[5].code)
      .expect(200);
    expect(withCode.body).toEqual(expect.objectContaining({ canVote: true, hasVoted: false }));
    const voted = await t.http
      .get(`/api/v1/ballots/${id}`)
      .set('X-Voting-Code', others[0].code)
      .expect(200);
    expect(voted.body).toEqual(expect.objectContaining({ hasVoted: true, votedVia: 'code' }));
    await t.http.get(`/api/v1/ballots/${id}/results`).set(bearer(thuky)).expect(409);
    const turnout = await t.http
      .get(`/api/v1/ballots/${id}/turnout`)
      .set(bearer(donvi))
      .expect(200);
    expect(turnout.body).toEqual({ ballotId: id, status: 'open', votedCount: 6, voterCount: 9 });

    await t.http
      .post(`/api/v1/ballots/${id}/close`)
      .set(bearer(thuky))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(200);
    await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set('X-Voting-Code', others[5].code)
      .send(sealedVote(b, { choices: [candidates[0]] }))
      .expect(409);
    // The retry of a vote committed before the close still gets its receipt.
    const late = await t.http
      .post(`/api/v1/ballots/${id}/votes`)
      .set(bearer(donvi))
      .send(mineVote)
      .expect(201);
    expect(late.body.receipt).toBe(receipt.body.receipt);
    // Closed but not counted: results wait for the committee.
    const waiting = await t.http
      .get(`/api/v1/ballots/${id}/results`)
      .set(bearer(donvi))
      .expect(409);
    expect(waiting.body.code).toBe('ballots.notTallied');
    const tally = (sharesGiven: string[]) =>
      versionOf(t, 'ballots', id).then((version) =>
        t.http
          .post(`/api/v1/ballots/${id}/tally`)
          .set(bearer(thuky))
          .send({ shares: sharesGiven, version }),
      );
    const tooFew = await tally([shares[0]]);
    expect(tooFew.status).toBe(422);
    expect(tooFew.body.code).toBe('ballots.tooFewShares');
    const typo = await tally([
      shares[0],
      shares[1].slice(0, -2) + (shares[1].endsWith('A') ? 'BB' : 'AA'),
    ]);
    expect(typo.status).toBe(422);
    expect(typo.body.fieldErrors['shares.1']).toEqual([expect.stringMatching(/gõ sai/)]);
    const duplicate = await tally([shares[2], shares[2].toLowerCase()]);
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.fieldErrors['shares.1']).toEqual([
      expect.stringMatching(/đã được nhập ở ô khác/),
    ]);
    await t.http.get(`/api/v1/ballots/${id}/results`).set(bearer(donvi)).expect(409);
    const counted = await tally(['', shares[2], shares[0]]);
    expect(counted.status).toBe(200);
    expect(counted.body.isTallied).toBe(true);
    expect(counted.body.seal.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await tally(shares)).body.code).toBe('ballots.alreadyTallied');
    const results = await t.http
      .get(`/api/v1/ballots/${id}/results`)
      .set(bearer(donvi))
      .expect(200);
    expect(
      results.body.rows.map((r: { votes: number; elected: boolean }) => [r.votes, r.elected]),
    ).toEqual([
      [5, true],
      [1, false],
      [1, false],
    ]);
    expect(results.body.fingerprint).toBe(counted.body.seal.fingerprint);
    const nomination = await t.http
      .get(`/api/v1/nominations/${candidates[0]}`)
      .set(bearer(admin))
      .expect(200);
    expect(nomination.body).toEqual(
      expect.objectContaining({
        status: 'voted',
        vote: { votes: 5, denominator: 9, passed: true, percent: 55.56 },
      }),
    );
    const receipts = await t.http
      .get(`/api/v1/ballots/${id}/receipts`)
      .set(bearer(donvi))
      .expect(200);
    expect(receipts.body).toContain(receipt.body.receipt);
    expect(receipts.body).toHaveLength(6);
    const board = await t.http
      .get(`/api/v1/ballots/${id}/board`)
      .set('X-Voting-Code', others[0].code)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(createHash('sha256').update(board.body).digest('hex')).toBe(
      counted.body.seal.fingerprint,
    );

    const pdf = await t.http
      .get(`/api/v1/ballots/${id}/minutes?format=pdf`)
      .set(bearer(thuky))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const dir = mkdtempSync(join(tmpdir(), 'minutes-'));
    writeFileSync(join(dir, 'm.pdf'), pdf.body);
    const text = execFileSync('pdftotext', [join(dir, 'm.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(downloadNames(pdf)).toEqual({
      utf8: 'Biên bản kiểm phiếu.pdf',
      ascii: 'Bien ban kiem phieu.pdf',
    });
    expect(text).toContain('Văn phòng Tỉnh ủy');
    expect(text).toContain('55,56');
    expect(text).toContain('Phạm Quang Cường');
    expect(text).toContain(counted.body.seal.fingerprint.slice(0, 16));
    const papers = await t.http
      .get(`/api/v1/ballots/${id}/papers`)
      .set(bearer(thuky))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(papers.body.subarray(0, 5).toString()).toBe('%PDF-');
    // Several papers to a sheet, all alike: no serial ("Phiếu số 1/9"), no page numbers.
    writeFileSync(join(dir, 'papers.pdf'), papers.body);
    const sheets = execFileSync('pdftotext', [join(dir, 'papers.pdf'), '-'], {
      encoding: 'utf8',
    })
      .split('\f')
      .filter((page) => page.trim() !== '');
    const slips = sheets.join('\n').split('PHIẾU BẦU').slice(1);
    const present = (await t.http.get(`/api/v1/meetings/${m.id}`).set(bearer(thuky))).body
      .presentCount as number;
    expect(slips).toHaveLength(present);
    expect(sheets.length).toBeLessThanOrEqual(Math.ceil(present / 2));
    expect(sheets.join('\n')).not.toMatch(/Phiếu số/i);
    // Each paper, from its title to the ballot's code, reads the same as every other.
    const alike = (slip: string) =>
      /^[\s\S]*?Mã cuộc bỏ phiếu: \w+/.exec(slip)?.[0].replace(/\s+/g, ' ');
    const bodies = slips.map(alike);
    expect(bodies.every((body) => body?.includes('Mã cuộc bỏ phiếu'))).toBe(true);
    expect(new Set(bodies).size).toBe(1);
    // In layout, a table row reads on one line: a line that is only a number is a page number.
    const layout = execFileSync('pdftotext', ['-layout', join(dir, 'papers.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(layout).not.toMatch(/^\s*\d+\s*$/m);
    expect(downloadNames(papers).utf8).toBe('Phiếu bầu.pdf');
  });

  it('should keep no column or key that joins a voter to what was voted', async () => {
    const columns: Array<{ column_name: string }> = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'ballot_votes' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'alphas',
      'ballot_id',
      'choices',
      'ciphertext',
      'id',
      'receipt',
    ]);
    // From the catalogue: information_schema hides other roles' constraints from the app's role.
    const keys: Array<{ foreign_table: string }> = await t.dataSource.query(
      `SELECT confrelid::regclass::text AS foreign_table FROM pg_constraint
        WHERE conrelid = 'ballot_votes'::regclass AND contype = 'f'`,
    );
    expect(keys.map((k) => k.foreign_table)).toEqual(['ballots']);
    const participation: Array<{ column_name: string }> = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'ballot_participations' ORDER BY column_name`,
    );
    // What a seat's participation keeps: a digest of the phone's vote id and account or code.
    expect(participation.map((c) => c.column_name)).toEqual([
      'ballot_id',
      'via',
      'vote_key',
      'voter_id',
    ]);
  });

  it('should check paper counts, count them, and run off a tie at the K-th place', async () => {
    const year = PAPER_YEAR;
    const candidates = await acceptedNominations(year, ['BNCTU', 'BTCTU', 'UBKTTU']);
    const m = await meeting(year, admin);
    const ballot = await createBallot(m.id, candidates, {
      title: 'Phiếu giấy',
      method: 'approval',
      mode: 'paper',
      maxWinners: 1,
      rule: { threshold: 50, denominator: 'valid', comparator: 'gt' },
    });
    const id = ballot.id;
    await t.http
      .post(`/api/v1/ballots/${id}/open`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(200);
    await t.http
      .post(`/api/v1/ballots/${id}/close`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(409);
    const bad = await t.http
      .put(`/api/v1/ballots/${id}/paper-counts`)
      .set(bearer(admin))
      .send({
        version: await versionOf(t, 'ballots', id),
        issued: 9,
        returned: 10,
        valid: 8,
        invalid: 1,
        votes: { [candidates[0]]: 9 },
      })
      .expect(422);
    expect(Object.keys(bad.body.fieldErrors)).toEqual(
      expect.arrayContaining(['returned', `votes.${candidates[0]}`]),
    );
    await t.http
      .put(`/api/v1/ballots/${id}/paper-counts`)
      .set(bearer(admin))
      .send({
        version: await versionOf(t, 'ballots', id),
        issued: 9,
        returned: 9,
        valid: 8,
        invalid: 1,
        votes: { [candidates[0]]: 5, [candidates[1]]: 5, [candidates[2]]: 0 },
      })
      .expect(200);
    await t.http
      .post(`/api/v1/ballots/${id}/close`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(200);
    const results = await t.http
      .get(`/api/v1/ballots/${id}/results`)
      .set(bearer(admin))
      .expect(200);
    expect(results.body.tiedForLast.sort()).toEqual([candidates[0], candidates[1]].sort());
    const runoff = await t.http
      .post(`/api/v1/ballots/${id}/runoff`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(201);
    expect(runoff.body).toEqual(
      expect.objectContaining({ round: 2, maxWinners: 1, status: 'draft', parentBallotId: id }),
    );
    expect(
      runoff.body.candidates.map((c: { nominationId: string }) => c.nominationId).sort(),
    ).toEqual([candidates[0], candidates[1]].sort());
    const tied = await t.http
      .get(`/api/v1/nominations/${candidates[0]}`)
      .set(bearer(admin))
      .expect(200);
    expect(tied.body.status).toBe('accepted');

    // The runoff is counted; the unit's record shows each round with its own count.
    const second = runoff.body.id as string;
    await t.http
      .post(`/api/v1/ballots/${second}/open`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', second) })
      .expect(200);
    await t.http
      .put(`/api/v1/ballots/${second}/paper-counts`)
      .set(bearer(admin))
      .send({
        version: await versionOf(t, 'ballots', second),
        issued: 9,
        returned: 9,
        valid: 9,
        invalid: 0,
        votes: { [candidates[0]]: 7, [candidates[1]]: 2 },
      })
      .expect(200);
    await t.http
      .post(`/api/v1/ballots/${second}/close`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', second) })
      .expect(200);
    const record = await t.http
      .get(`/api/v1/reports/units/${await unitId(t, 'BNCTU')}`)
      .set(bearer(admin))
      .expect(200);
    const rounds = record.body.ballots
      .filter((b: { ballotId: string }) => [id, second].includes(b.ballotId))
      .map((b: { round: number; votes: number; denominator: number; elected: boolean }) => [
        b.round,
        b.votes,
        b.denominator,
        b.elected,
      ])
      .sort();
    expect(rounds).toEqual([
      [1, 5, 8, false],
      [2, 7, 9, true],
    ]);
  });

  it('should count votes cast at the same instant exactly: one per delegate, a second refused, named when open', async () => {
    const year = OPEN_YEAR;
    const candidates = await acceptedNominations(year, ['BNCTU', 'TCT']);
    const m = await meeting(year, admin);
    const ballot = await createBallot(m.id, candidates, {
      title: 'Biểu quyết công khai',
      method: 'chooseK',
      mode: 'open',
      maxWinners: 1,
    });
    const id = ballot.id;
    await t.http
      .post(`/api/v1/ballots/${id}/open`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(200);
    const codes: Array<{ code: string; voterId: string }> = (
      await t.http.post(`/api/v1/meetings/${m.id}/voter-codes`).set(bearer(admin)).expect(201)
    ).body;
    expect(codes).toHaveLength(9);
    // Every delegate sends the vote twice at once (a double tap), and one phone has a wrong code:
    // the writes share statements, and each request still gets its own answer.
    const choiceOf = (i: number) => [candidates[i % 2]];
    const requests = [
      ...codes.flatMap((c, i) => [
        { i, code: c.code, choices: choiceOf(i) },
        { i, code: c.code, choices: choiceOf(i + 1) },
      ]),
      { i: -1, code: 'ZZZZZZZZ', choices: [candidates[0]] },
    ];
    const answers = await Promise.all(
      requests.map(async (r) => ({
        ...r,
        res: await t.http
          .post(`/api/v1/ballots/${id}/votes`)
          .send({ code: r.code, choices: r.choices }),
      })),
    );
    expect(answers.filter((a) => a.i === -1).map((a) => a.res.status)).toEqual([401]);
    for (const [i] of codes.entries()) {
      const mine = answers
        .filter((a) => a.i === i)
        .map((a) => a.res.status)
        .sort();
      expect(mine).toEqual([201, 409]);
    }
    const counted: Array<{ votes: number; voters: number; named: number }> =
      await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM ballot_votes WHERE ballot_id = $1) AS votes,
                (SELECT count(*)::int FROM ballot_participations WHERE ballot_id = $1) AS voters,
                (SELECT count(*)::int FROM ballot_named_votes WHERE ballot_id = $1) AS named`,
        [id],
      );
    expect(counted).toEqual([{ votes: 9, voters: 9, named: 9 }]);
    // The open ballot keeps who voted what: exactly the choices of the request answered 201.
    const named: Array<{ voter_id: string; choices: string[] }> = await t.dataSource.query(
      `SELECT voter_id, choices FROM ballot_named_votes WHERE ballot_id = $1`,
      [id],
    );
    const accepted = new Map(
      answers
        .filter((a) => a.res.status === 201)
        .map((a) => [codes[a.i].voterId, a.choices] as const),
    );
    expect(new Map(named.map((n) => [n.voter_id, n.choices]))).toEqual(accepted);
    // Receipts are listed once the ballot is closed.
    await t.http.get(`/api/v1/ballots/${id}/receipts`).set(bearer(donvi)).expect(409);
    await t.http
      .post(`/api/v1/ballots/${id}/close`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', id) })
      .expect(200);
    const receipts = await t.http
      .get(`/api/v1/ballots/${id}/receipts`)
      .set(bearer(donvi))
      .expect(200);
    expect(receipts.body.sort()).toEqual(
      answers
        .filter((a) => a.res.status === 201)
        .map((a) => a.res.body.receipt)
        .sort(),
    );
  });

  it('should push the turnout live over Server-Sent Events', async () => {
    const year = LIVE_YEAR;
    const candidates = await acceptedNominations(year, ['TCT']);
    const m = await meeting(year, admin);
    const ballot = await createBallot(m.id, candidates, {
      title: 'Trực tiếp',
      method: 'approval',
      mode: 'secret',
      maxWinners: 1,
    });
    const opened = await t.http
      .post(`/api/v1/ballots/${ballot.id}/open`)
      .set(bearer(admin))
      .send({ version: await versionOf(t, 'ballots', ballot.id) })
      .expect(200);
    const server = t.app.getHttpServer();
    if (!server.listening)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/ballots/${ballot.id}/events`, {
      headers: { authorization: `Bearer ${donvi}`, 'accept-encoding': 'br, gzip' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    // Compressed, events would wait in the compressor's buffer.
    expect(response.headers.get('content-encoding')).toBeNull();
    if (!response.body) throw new Error('no event stream');
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const next = async () => {
      let text = '';
      while (!text.includes('\n\n')) text += decoder.decode((await reader.read()).value);
      return JSON.parse(text.split('data: ')[1].split('\n')[0]);
    };
    expect(await next()).toEqual(
      expect.objectContaining({ votedCount: 0, voterCount: 9, status: 'open' }),
    );
    await t.http
      .post(`/api/v1/ballots/${ballot.id}/votes`)
      .set(bearer(donvi))
      .send(sealedVote(opened.body, { approvals: { [candidates[0]]: 'agree' } }))
      .expect(201);
    expect(await next()).toEqual(expect.objectContaining({ votedCount: 1 }));
    controller.abort();
  });
});
