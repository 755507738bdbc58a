import { defaultCoverLetter } from '@thidua/documents/api';
import type { EntityManager } from 'typeorm';

import { LAO_CAI_PARTY_BLOC } from './demo-data';

/** The list of the 2023 year-end conference: the two units it voted for the Emulation Flag. */
export const FLAG_LIST_2023 = {
  title:
    'Danh sách đề nghị tặng Cờ thi đua của UBND tỉnh năm 2023 – Khối thi đua các cơ quan Tỉnh ủy',
  number: '05/TTr-KTĐ',
  date: '2023-12-22',
  subject: 'Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua năm 2023',
};

/** A batch like Lai Châu's: Bằng khen for 15 collectives, 36 individuals and 8 households, decided. */
export const CAMPAIGN_LIST_2021 = {
  title: 'Danh sách đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh – đợt thi đua 90 ngày năm 2021',
  number: '112/TTr-SNV',
  date: '2021-09-20',
  subject:
    'Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc trong đợt thi đua 90 ngày',
  decision: {
    number: '2150/QĐ-UBND',
    date: '2021-10-05',
    signer: 'Lê Thị Thanh Hà',
    rejected: [],
  },
};

/**
 * Award lists of the demo (issue #7): a draft list ready to print and send, and a list the
 * province has decided. Written once; an existing list of the same title is left as it is.
 */
export async function seedDemoAwardLists(manager: EntityManager): Promise<void> {
  const [secretariat] = (await manager.query(`SELECT id FROM users WHERE username = 'thuky'`)) as
    | Array<{ id: string }>
    | [];
  const [bloc] = (await manager.query(`SELECT id FROM blocs WHERE name = $1`, [
    LAO_CAI_PARTY_BLOC,
  ])) as Array<{ id: string }>;
  const flagNominations = (await manager.query(
    `SELECT n.id FROM nominations n JOIN award_types a ON a.id = n.award_type_id
      WHERE n.bloc_id = $1 AND n.term_year = 2023 AND a.code = 'CTDT' AND n.status = 'voted' AND n.vote_passed`,
    [bloc.id],
  )) as Array<{ id: string }>;
  if (flagNominations.length === 2) {
    await insertList(manager, {
      ...FLAG_LIST_2023,
      year: 2023,
      blocId: bloc.id,
      status: 'draft',
      decision: null,
      createdBy: secretariat?.id ?? null,
      nominationIds: flagNominations.map((n) => n.id),
    });
  }
  const campaignNominations = (await manager.query(
    `SELECT id FROM nominations WHERE term_year = 2021 AND decision_number = $1`,
    [CAMPAIGN_LIST_2021.decision.number],
  )) as Array<{ id: string }>;
  if (campaignNominations.length) {
    await insertList(manager, {
      ...CAMPAIGN_LIST_2021,
      year: 2021,
      blocId: null,
      status: 'decided',
      createdBy: null,
      nominationIds: campaignNominations.map((n) => n.id),
    });
  }
}

interface DemoList {
  title: string;
  number: string;
  date: string;
  subject: string;
  year: number;
  blocId: string | null;
  status: 'draft' | 'decided';
  decision: (typeof CAMPAIGN_LIST_2021)['decision'] | null;
  createdBy: string | null;
  nominationIds: string[];
}

async function insertList(manager: EntityManager, list: DemoList): Promise<void> {
  const [exists] = await manager.query(`SELECT 1 FROM award_lists WHERE title = $1`, [list.title]);
  if (exists) return;
  const coverLetter = {
    ...(await defaultCoverLetter(manager, list.blocId, list.year, list.date)),
    number: list.number,
    date: list.date,
    subject: list.subject,
  };
  const [{ id }] = (await manager.query(
    `INSERT INTO award_lists (title, term_year, bloc_id, sort_order, status, cover_letter, decision, created_by)
     VALUES ($1, $2, $3, 'units', $4, $5::jsonb, $6::jsonb, $7) RETURNING id`,
    [
      list.title,
      list.year,
      list.blocId,
      list.status,
      JSON.stringify(coverLetter),
      list.decision ? JSON.stringify(list.decision) : null,
      list.createdBy,
    ],
  )) as Array<{ id: string }>;
  await manager.query(
    `INSERT INTO award_list_items (list_id, nomination_id) SELECT $1, unnest($2::uuid[])
     ON CONFLICT DO NOTHING`,
    [id, list.nominationIds],
  );
}
