import type { EntityManager } from 'typeorm';

import { PARTY_BLOC_UNITS } from './demo-data';
import { DEMO_MOVEMENTS } from './demo-movements';

/**
 * Activity reports of the Lào Cai 90-day campaign (seed 000: thematic sessions "Lào Cai - 30 năm
 * tái lập" in the party cells, 2021), the 2024 movement's reports so far, and the 2024 titles so
 * that the awards trend spans four years. Figures of the Đảng bộ Khối follow seed 001 (88 party
 * organisations, about 5,600 members). Idempotent: keyed by (movement, unit, year) and (year, award, unit).
 */
const CAMPAIGN_REPORTS: Array<{
  unit: string;
  sessions: number;
  conferences: number;
  attendees: number;
  members: number;
  participants: number;
  models: number;
  submittedAt: string;
  summary: string;
}> = [
  {
    unit: 'DUKCQDN',
    sessions: 88,
    conferences: 3,
    attendees: 5412,
    members: 5600,
    participants: 5527,
    models: 12,
    submittedAt: '2021-09-28T09:00:00+07:00',
    summary:
      '100% chi, đảng bộ trực thuộc tổ chức sinh hoạt chuyên đề "Lào Cai - 30 năm tái lập, xây dựng và phát triển".',
  },
  {
    unit: 'VPTU',
    sessions: 4,
    conferences: 1,
    attendees: 186,
    members: 64,
    participants: 64,
    models: 1,
    submittedAt: '2021-09-27T15:30:00+07:00',
    summary: 'Sinh hoạt chuyên đề tại 4 chi bộ; tọa đàm truyền thống.',
  },
  {
    unit: 'BTGTU',
    sessions: 3,
    conferences: 2,
    attendees: 152,
    members: 41,
    participants: 40,
    models: 1,
    submittedAt: '2021-09-29T10:00:00+07:00',
    summary: 'Biên soạn tài liệu tuyên truyền 30 năm tái lập tỉnh.',
  },
  {
    unit: 'BNCTU',
    sessions: 2,
    conferences: 1,
    attendees: 64,
    members: 22,
    participants: 22,
    models: 1,
    submittedAt: '2021-09-30T08:15:00+07:00',
    summary: 'Sinh hoạt chuyên đề gắn với nhiệm vụ phòng, chống tham nhũng.',
  },
  {
    unit: 'BTCTU',
    sessions: 3,
    conferences: 1,
    attendees: 98,
    members: 35,
    participants: 34,
    models: 1,
    submittedAt: '2021-09-30T16:45:00+07:00',
    summary: 'Sinh hoạt chuyên đề tại các chi bộ cơ quan.',
  },
  {
    unit: 'TCT',
    sessions: 5,
    conferences: 2,
    attendees: 240,
    members: 58,
    participants: 56,
    models: 2,
    submittedAt: '2021-09-26T11:00:00+07:00',
    summary: 'Lồng ghép nội dung 30 năm tái lập tỉnh vào các lớp bồi dưỡng.',
  },
  {
    unit: 'BLC',
    sessions: 4,
    conferences: 1,
    attendees: 176,
    members: 72,
    participants: 70,
    models: 2,
    submittedAt: '2021-09-28T14:00:00+07:00',
    summary: 'Chuyên trang "Lào Cai 30 năm tái lập" trên Báo Lào Cai điện tử.',
  },
  {
    unit: 'BDVTU',
    sessions: 2,
    conferences: 1,
    attendees: 57,
    members: 26,
    participants: 25,
    models: 1,
    submittedAt: '2021-10-08T09:30:00+07:00',
    summary: 'Báo cáo sau thời hạn.',
  },
];

/** Units of the Khối thi đua các cơ quan Tỉnh ủy that had reported the 2024 movement by the due date. */
const REPORTS_2024 = ['VPTU', 'BTGTU', 'BNCTU', 'BTCTU', 'TCT', 'BLC'];

export async function seedDemoReports(manager: EntityManager): Promise<void> {
  const [campaign] = await manager.query(`SELECT id FROM movements WHERE title = $1`, [
    DEMO_MOVEMENTS[0].title,
  ]);
  const [yearly] = await manager.query(`SELECT id FROM movements WHERE title = $1`, [
    DEMO_MOVEMENTS[1].title,
  ]);
  if (campaign) {
    // The campaign ran in 2021, before the bloc's yearly membership was kept: its units take part directly.
    for (const unit of PARTY_BLOC_UNITS) {
      await manager.query(
        `INSERT INTO movement_units (movement_id, unit_id) SELECT $1, id FROM units WHERE code = $2
         ON CONFLICT DO NOTHING`,
        [campaign.id, unit.code],
      );
    }
    for (const r of CAMPAIGN_REPORTS) {
      await manager.query(
        `INSERT INTO activity_reports (movement_id, unit_id, term_year, sessions_held, conferences_held, attendees,
                member_count, participant_count, models_built, summary, submitted_at)
         SELECT $1, id, 2021, $2, $3, $4, $5, $6, $7, $8, $9 FROM units WHERE code = $10
         ON CONFLICT (movement_id, unit_id, term_year) DO NOTHING`,
        [
          campaign.id,
          r.sessions,
          r.conferences,
          r.attendees,
          r.members,
          r.participants,
          r.models,
          r.summary,
          r.submittedAt,
          r.unit,
        ],
      );
    }
  }
  if (yearly) {
    for (const [i, code] of REPORTS_2024.entries()) {
      await manager.query(
        `INSERT INTO activity_reports (movement_id, unit_id, term_year, sessions_held, conferences_held, attendees,
                member_count, participant_count, models_built, summary, submitted_at)
         SELECT $1, id, 2024, $2, $3, $4, $5, $6, $7, $8, $9 FROM units WHERE code = $10
         ON CONFLICT (movement_id, unit_id, term_year) DO NOTHING`,
        [
          yearly.id,
          4 + (i % 3),
          2 + (i % 2),
          120 + i * 17,
          30 + i * 5,
          29 + i * 5,
          1 + (i % 2),
          'Tổ chức hội nghị quán triệt nghị quyết và sinh hoạt chuyên đề theo kế hoạch của Khối.',
          `2024-12-${String(10 + i).padStart(2, '0')}T09:00:00+07:00`,
          code,
        ],
      );
    }
  }
  // 2024 titles, so that the awards trend spans 2021–2024.
  for (const [award, codes] of [
    ['TTLDXS', ['VPTU', 'BTGTU', 'BNCTU', 'TCT', 'BLC', 'SNV', 'STC', 'HLHPN', 'TDOAN']],
    ['TTLDTT', ['BDVTU', 'UBKTTU', 'STP', 'HND']],
  ] as const) {
    for (const code of codes) {
      await manager.query(
        `INSERT INTO award_history (term_year, award_type_id, unit_id, decision_number, decision_date, source)
         SELECT 2024, t.id, u.id, $3, '2025-01-22', 'import' FROM award_types t, units u
          WHERE t.code = $1 AND u.code = $2
            AND NOT EXISTS (SELECT 1 FROM award_history h WHERE h.term_year = 2024 AND h.award_type_id = t.id AND h.unit_id = u.id)`,
        [award, code, award === 'TTLDXS' ? '324/QĐ-UBND' : '524/QĐ-UBND'],
      );
    }
  }
}
