import { BallotEntity, boardOf } from '@thidua/ballots/api';
import {
  aggregateBallots,
  boardFingerprint,
  decryptTotals,
  encryptBallot,
  generateKeyPair,
  nobleGroup,
  sealParams,
  serializeBoard,
  trackerOf,
} from '@thidua/ballots/domain';
import type { EntityManager } from 'typeorm';

import { LAO_CAI_PARTY_BLOC } from './demo-data';

export const CONFERENCE_2023 = {
  title:
    'Hội nghị tổng kết phong trào thi đua, công tác khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
  date: '2023-12-19',
  place: 'Hội trường Báo Lào Cai, thành phố Lào Cai',
  chair:
    'Lý Văn Hải, Trưởng Ban Nội chính Tỉnh ủy (Trưởng khối); Lưu Thị Nụ, Phó Tổng Biên tập phụ trách Báo Lào Cai',
  secretary: 'Nguyễn Thu Hà, Báo Lào Cai',
  committee: ['Phạm Quang Cường', 'Nguyễn Thu Hà', 'Đỗ Thị Hạnh'],
  ballot:
    'Suy tôn đơn vị dẫn đầu Khối thi đua các cơ quan Tỉnh ủy năm 2023, đề nghị tặng Cờ thi đua của UBND tỉnh',
};

/**
 * The 2023 year-end conference (seed 002): 9 delegates choose at most 2 units for the Emulation
 * Flag and elect Trường Chính trị tỉnh (8 votes) and Văn phòng Tỉnh ủy (7 votes). The secret
 * ballot is sealed as a real one is: the votes are encrypted to the ballot's key, only the totals
 * were decrypted, and its bulletin board and fingerprint are kept (the key itself is not).
 */
export async function seedDemoBallots(manager: EntityManager): Promise<void> {
  const [exists] = await manager.query(`SELECT 1 FROM meetings WHERE title = $1`, [
    CONFERENCE_2023.title,
  ]);
  if (exists) return;
  const [bloc] = (await manager.query(`SELECT id FROM blocs WHERE name = $1`, [
    LAO_CAI_PARTY_BLOC,
  ])) as Array<{ id: string }>;
  const [flag] = (await manager.query(`SELECT id FROM award_types WHERE code = 'CTDT'`)) as Array<{
    id: string;
  }>;
  const nominations: Array<{ id: string; code: string }> = await manager.query(
    `SELECT n.id, u.code FROM nominations n JOIN units u ON u.id = n.unit_id
      WHERE n.bloc_id = $1 AND n.term_year = 2023 AND n.award_type_id = $2 AND n.status = 'accepted' ORDER BY u.code DESC`,
    [bloc.id, flag.id],
  );
  if (nominations.length !== 2) return;
  const [{ id: meetingId }] = (await manager.query(
    `INSERT INTO meetings (bloc_id, term_year, title, meeting_date, place, chair, secretary, counting_committee, quorum_percent)
     VALUES ($1, 2023, $2, $3, $4, $5, $6, $7::jsonb, 66.67) RETURNING id`,
    [
      bloc.id,
      CONFERENCE_2023.title,
      CONFERENCE_2023.date,
      CONFERENCE_2023.place,
      CONFERENCE_2023.chair,
      CONFERENCE_2023.secretary,
      JSON.stringify(CONFERENCE_2023.committee),
    ],
  )) as Array<{ id: string }>;
  const voters: Array<{ id: string }> = await manager.query(
    `INSERT INTO meeting_voters (meeting_id, unit_id, delegate_name, is_present)
     SELECT $1, u.id, coalesce(u.head_name, 'Đại diện ' || u.name), true
       FROM bloc_memberships m JOIN units u ON u.id = m.unit_id WHERE m.bloc_id = $2 AND m.term_year = 2023
     RETURNING id`,
    [meetingId, bloc.id],
  );
  const [{ id: ballotId }] = (await manager.query(
    `INSERT INTO ballots (meeting_id, title, award_type_id, method, mode, threshold, denominator, comparator, max_winners,
                          status, round, opened_at, closed_at, eligible_count, present_count)
     VALUES ($1, $2, $3, 'chooseK', 'secret', 50, 'eligible', 'gt', 2, 'closed', 1,
             '2023-12-19T08:30:00+07:00', '2023-12-19T08:50:00+07:00', $4, $4) RETURNING id`,
    [meetingId, CONFERENCE_2023.ballot, flag.id, voters.length],
  )) as Array<{ id: string }>;
  const byCode = Object.fromEntries(nominations.map((n) => [n.code, n.id]));
  for (const [position, code] of ['TCT', 'VPTU'].entries()) {
    await manager.query(
      `INSERT INTO ballot_candidates (ballot_id, nomination_id, position) VALUES ($1, $2, $3)`,
      [ballotId, byCode[code], position + 1],
    );
  }
  const choicesOfVoters = [
    ...Array.from({ length: 6 }, () => [byCode['TCT'], byCode['VPTU']]),
    [byCode['TCT']],
    [byCode['TCT']],
    [byCode['VPTU']],
  ];
  for (const voter of voters) {
    await manager.query(
      `INSERT INTO ballot_participations (ballot_id, voter_id, via) VALUES ($1, $2, 'account')`,
      [ballotId, voter.id],
    );
  }
  await sealDemoBallot(
    manager,
    ballotId,
    meetingId,
    [byCode['TCT'], byCode['VPTU']],
    choicesOfVoters,
  );
  for (const [code, votes] of [
    ['TCT', 8],
    ['VPTU', 7],
  ] as const) {
    const event = {
      at: '2023-12-19T01:50:00.000Z',
      actor: 'thuky',
      action: 'recordVote',
      from: 'accepted',
      to: 'voted',
      reason: `${CONFERENCE_2023.ballot}: ${votes}/9`,
    };
    await manager.query(
      `UPDATE nominations SET status = 'voted', votes = $2, vote_denominator = 9, vote_passed = true,
              timeline = timeline || $3::jsonb WHERE id = $1`,
      [byCode[code], votes, JSON.stringify([event])],
    );
  }
}

/** Encrypts the demo votes to a key made for the purpose, counts the totals and keeps the board. */
async function sealDemoBallot(
  manager: EntityManager,
  ballotId: string,
  meetingId: string,
  candidateIds: string[],
  choicesOfVoters: string[][],
): Promise<void> {
  const { secretKey, publicKey } = generateKeyPair();
  const b = await manager.findOneOrFail(BallotEntity, { where: { id: ballotId } });
  const params = sealParams({
    id: ballotId,
    method: b.method,
    maxWinners: b.maxWinners,
    candidateCount: candidateIds.length,
    publicKey,
  });
  const votes = choicesOfVoters.map((choices) => {
    const ballot = encryptBallot(
      params,
      candidateIds.map((id) => (choices.includes(id) ? 1 : 0)),
    );
    return { tracker: trackerOf(ballot), ballot };
  });
  for (const v of votes) {
    await manager.query(
      `INSERT INTO ballot_votes (ballot_id, receipt, ciphertext, alphas) VALUES ($1, $2, $3::jsonb, $4)`,
      [ballotId, v.tracker, JSON.stringify(v.ballot), v.ballot.choices.map((c) => c.alpha)],
    );
  }
  const totals = aggregateBallots(
    nobleGroup,
    votes.map((v) => v.ballot),
    candidateIds.length,
  );
  const decryptions = decryptTotals(nobleGroup, secretKey, params, totals, votes.length);
  const counts = decryptions.map((d) => d.count);
  Object.assign(b, {
    publicKey,
    committeeSize: CONFERENCE_2023.committee.length,
    committeeThreshold: 2,
    shareDigests: [],
    tally: {
      cast: votes.length,
      counts: Object.fromEntries(candidateIds.map((id, i) => [id, counts[i]])),
    },
    talliedAt: new Date('2023-12-19T09:00:00+07:00'),
  });
  const meeting = {
    id: meetingId,
    title: CONFERENCE_2023.title,
    meetingDate: CONFERENCE_2023.date,
    place: CONFERENCE_2023.place,
  };
  const names: Array<{ id: string; name: string }> = await manager.query(
    `SELECT n.id, u.name FROM nominations n JOIN units u ON u.id = n.unit_id WHERE n.id = ANY($1::uuid[])`,
    [candidateIds],
  );
  const candidates = candidateIds.map((id) => ({
    nomination_id: id,
    name: names.find((n) => n.id === id)?.name ?? '',
  }));
  const text = serializeBoard(
    boardOf(b, meeting, candidates, params, votes, { totals, decryptions, electronic: counts }),
  );
  b.board = text;
  b.boardSha256 = boardFingerprint(text);
  await manager.save(b);
}
