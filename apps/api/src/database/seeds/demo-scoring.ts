import { DEFAULT_TIE_BREAKS } from '@thidua/scoring/contracts';
import { type SheetShape, rankUnits, roundPoints, scoreTotals } from '@thidua/scoring/domain';
import type { EntityManager } from 'typeorm';

import { LAO_CAI_PARTY_BLOC } from './demo-data';

/** The 2023 score sheet of the Lào Cai party bloc (100 points; bonus and penalty capped at 5). */
export const SHEET_2023 = {
  groups: [
    {
      title: 'I. Thực hiện nhiệm vụ chính trị, chuyên môn',
      criteria: [
        ['Hoàn thành chương trình công tác năm được Ban Thường vụ Tỉnh ủy giao', 20],
        ['Chất lượng tham mưu, đề xuất với cấp ủy', 15],
        ['Thực hiện các nhiệm vụ đột xuất được giao', 15],
      ],
    },
    {
      title: 'II. Công tác thi đua, khen thưởng',
      criteria: [
        ['Tổ chức phát động, triển khai các phong trào thi đua', 8],
        ['Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', 6],
        ['Gửi báo cáo thi đua, khen thưởng đầy đủ, đúng hạn', 6],
      ],
    },
    {
      title: 'III. Xây dựng Đảng, đoàn thể, cải cách hành chính, chuyển đổi số',
      criteria: [
        ['Xây dựng tổ chức đảng, đoàn thể trong sạch, vững mạnh', 8],
        ['Cải cách hành chính, chuyển đổi số', 6],
        ['Thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí', 6],
      ],
    },
    {
      title: 'IV. Thực hiện giao ước thi đua và hoạt động chung của Khối',
      criteria: [
        ['Thực hiện các nội dung giao ước thi đua đã ký kết', 5],
        ['Tham gia đầy đủ các hoạt động chung của Khối', 5],
      ],
    },
  ] as Array<{ title: string; criteria: Array<[string, number]> }>,
  bonus: [
    ['Được cấp trên tặng Bằng khen, Cờ thi đua trong năm', 3],
    ['Có sáng kiến, mô hình mới được cấp có thẩm quyền công nhận', 2],
  ] as Array<[string, number]>,
  penalty: [
    ['Chậm hoặc không gửi báo cáo theo quy định (mỗi lần trừ 0,5 điểm)', 2],
    ['Cán bộ, đảng viên vi phạm kỷ luật trong năm', 3],
  ] as Array<[string, number]>,
  bonusCap: 5,
  penaltyCap: 5,
};

/**
 * Each unit's 2023 self-assessment: points taken off the criteria (0.5 each, from the criterion
 * given, cycling), bonus and penalty points; `adjust` is the check by the head (or, for the
 * head's own card, the deputy): criterion index, checked points and reason.
 */
const CARDS_2023: Array<{
  code: string;
  offFrom: number;
  off: number;
  bonus: [number, number];
  penalty: [number, number];
  adjust?: { item: number; points: number; reason: string; by: string | null };
}> = [
  { code: 'TCT', offFrom: 4, off: 5, bonus: [0, 2], penalty: [0, 0] },
  { code: 'VPTU', offFrom: 1, off: 6, bonus: [1.5, 0], penalty: [0, 0] },
  { code: 'BTCTU', offFrom: 2, off: 6, bonus: [1, 0], penalty: [0, 0] },
  {
    code: 'BNCTU',
    offFrom: 6,
    off: 6,
    bonus: [1, 0],
    penalty: [0, 0],
    adjust: {
      item: 2,
      points: 14,
      reason: 'Nhiệm vụ đột xuất về phòng, chống tham nhũng hoàn thành chậm so với kế hoạch.',
      by: 'thuky',
    },
  },
  { code: 'UBKTTU', offFrom: 3, off: 7, bonus: [0, 0], penalty: [0, 0] },
  { code: 'BTGTU', offFrom: 0, off: 8, bonus: [0, 0], penalty: [0, 0] },
  { code: 'BDVTU', offFrom: 7, off: 9, bonus: [0, 0], penalty: [0, 0] },
  { code: 'DUKCQDN', offFrom: 8, off: 9, bonus: [0, 0], penalty: [0.5, 0] },
  {
    code: 'BLC',
    offFrom: 9,
    off: 10,
    bonus: [0, 0],
    penalty: [0, 0],
    adjust: {
      item: 5,
      points: 5,
      reason: 'Báo cáo tổng kết năm gửi chậm 02 ngày so với quy định.',
      by: null,
    },
  },
];

/**
 * The locked 2023 score table of the Lào Cai party bloc, consistent with its conference (19/12/2023)
 * that proposed Trường Chính trị tỉnh and Văn phòng Tỉnh ủy for the Emulation Flag: they rank 1st
 * and 2nd. Idempotent: nothing is added when the bloc's 2023 sheet exists.
 */
export async function seedDemoScoring(manager: EntityManager): Promise<void> {
  const [bloc] = (await manager.query(`SELECT id FROM blocs WHERE name = $1`, [
    LAO_CAI_PARTY_BLOC,
  ])) as Array<{ id: string }>;
  if (!bloc) return;
  const [created] = (await manager.query(
    `INSERT INTO score_sheets (bloc_id, term_year, scale, status, bonus_cap, penalty_cap, tie_breaks, source, agreed_at, locked_at)
     VALUES ($1, 2023, 100, 'locked', $2, $3, $4::jsonb, 'blank', '2023-12-19T09:30:00+07:00', '2023-12-19T10:00:00+07:00')
     ON CONFLICT (bloc_id, term_year) DO NOTHING RETURNING id`,
    [bloc.id, SHEET_2023.bonusCap, SHEET_2023.penaltyCap, JSON.stringify(DEFAULT_TIE_BREAKS)],
  )) as Array<{ id: string }>;
  if (!created) return;
  const sheetId = created.id;
  const criteria: Array<{ id: string; max: number; group: number }> = [];
  for (const [g, group] of SHEET_2023.groups.entries()) {
    const [{ id: groupId }] = (await manager.query(
      `INSERT INTO score_groups (sheet_id, position, title) VALUES ($1, $2, $3) RETURNING id`,
      [sheetId, g, group.title],
    )) as Array<{ id: string }>;
    for (const [position, [content, max]] of group.criteria.entries()) {
      const [{ id }] = (await manager.query(
        `INSERT INTO score_items (sheet_id, group_id, kind, position, content, max_points)
         VALUES ($1, $2, 'criterion', $3, $4, $5) RETURNING id`,
        [sheetId, groupId, position, content, max],
      )) as Array<{ id: string }>;
      criteria.push({ id, max, group: g });
    }
  }
  const extras = async (kind: 'bonus' | 'penalty', list: Array<[string, number]>) => {
    const ids: string[] = [];
    for (const [position, [content, max]] of list.entries()) {
      const [{ id }] = (await manager.query(
        `INSERT INTO score_items (sheet_id, kind, position, content, max_points) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [sheetId, kind, position, content, max],
      )) as Array<{ id: string }>;
      ids.push(id);
    }
    return ids;
  };
  const bonusIds = await extras('bonus', SHEET_2023.bonus);
  const penaltyIds = await extras('penalty', SHEET_2023.penalty);
  const shape: SheetShape = {
    groupCount: SHEET_2023.groups.length,
    bonusCap: SHEET_2023.bonusCap,
    penaltyCap: SHEET_2023.penaltyCap,
    items: [
      ...criteria.map((c) => ({
        id: c.id,
        kind: 'criterion' as const,
        groupIndex: c.group,
        maxPoints: c.max,
      })),
      ...bonusIds.map((id, i) => ({
        id,
        kind: 'bonus' as const,
        groupIndex: null,
        maxPoints: SHEET_2023.bonus[i][1],
      })),
      ...penaltyIds.map((id, i) => ({
        id,
        kind: 'penalty' as const,
        groupIndex: null,
        maxPoints: SHEET_2023.penalty[i][1],
      })),
    ],
  };
  const units = (await manager.query(
    `SELECT u.id, u.code, u.name FROM units u WHERE u.code = ANY($1::text[])`,
    [CARDS_2023.map((c) => c.code)],
  )) as Array<{ id: string; code: string; name: string }>;
  const [checker] = (await manager.query(`SELECT id FROM units WHERE code = 'BNCTU'`)) as Array<{
    id: string;
  }>;
  const [deputy] = (await manager.query(`SELECT id FROM units WHERE code = 'BLC'`)) as Array<{
    id: string;
  }>;
  const ranked: Array<{ key: string; name: string; totals: ReturnType<typeof scoreTotals> }> = [];
  for (const card of CARDS_2023) {
    const unit = units.find((u) => u.code === card.code);
    if (!unit) continue;
    const points = new Map<string, number | null>(criteria.map((c) => [c.id, c.max]));
    for (let step = 0; step < card.off; step += 1) {
      const c = criteria[(card.offFrom + step) % criteria.length];
      points.set(c.id, roundPoints((points.get(c.id) ?? 0) - 0.5));
    }
    bonusIds.forEach((id, i) => points.set(id, card.bonus[i]));
    penaltyIds.forEach((id, i) => points.set(id, card.penalty[i]));
    const checkedBy = card.code === 'BNCTU' ? deputy.id : checker.id;
    const [{ id: cardId }] = (await manager.query(
      `INSERT INTO unit_scores (sheet_id, unit_id, status, submitted_at, checked_at, checked_by_unit_id)
       VALUES ($1, $2, 'agreed', '2023-12-08T10:00:00+07:00', '2023-12-14T15:00:00+07:00', $3) RETURNING id`,
      [sheetId, unit.id, checkedBy],
    )) as Array<{ id: string }>;
    const final = new Map(points);
    for (const [itemId, value] of points) {
      const adjust =
        card.adjust && criteria[card.adjust.item]?.id === itemId ? card.adjust : undefined;
      if (adjust) final.set(itemId, adjust.points);
      await manager.query(
        `INSERT INTO score_entries (unit_score_id, item_id, self_points, explanation, checked_points, adjust_reason, adjusted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          cardId,
          itemId,
          value,
          value ? 'Theo báo cáo tổng kết năm 2023 của đơn vị.' : null,
          adjust?.points ?? null,
          adjust?.reason ?? null,
          adjust?.by ?? null,
        ],
      );
    }
    ranked.push({ key: unit.id, name: unit.name, totals: scoreTotals(shape, final) });
  }
  for (const r of rankUnits(ranked, DEFAULT_TIE_BREAKS, new Intl.Collator('vi'))) {
    await manager.query(
      `INSERT INTO score_rankings (bloc_id, term_year, unit_id, sheet_id, rank, total, is_tied_for_ballot)
       VALUES ($1, 2023, $2, $3, $4, $5, $6)`,
      [bloc.id, r.key, sheetId, r.rank, r.totals.total, r.isTiedForBallot],
    );
  }
  await manager.query(`UPDATE unit_scores SET status = 'locked' WHERE sheet_id = $1`, [sheetId]);
}
