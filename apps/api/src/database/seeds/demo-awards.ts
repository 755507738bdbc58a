import type { EntityManager } from 'typeorm';

import { LAO_CAI_PARTY_BLOC } from './demo-data';
import { DEMO_MOVEMENTS } from './demo-movements';

type Kind = 'collective' | 'individual' | 'household';

/** The award catalogue (DOMAIN.md §1, §3, §4): codes, who decides, ballot rules, quotas, chains. */
export const AWARD_CATALOGUE = [
  {
    code: 'CTDT',
    name: 'Cờ thi đua của UBND tỉnh',
    category: 'title',
    kinds: ['collective'],
    authority: 'Chủ tịch UBND tỉnh',
    kind: 'regular',
    article: 'Điều 26 Luật Thi đua, khen thưởng 2022',
    bonus: 8,
    ballot: [50, 'eligible', 'gt'],
    quota: 1,
    prerequisites: [{ kind: 'leadsBloc' }],
  },
  {
    code: 'BKT',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    category: 'commendation',
    kinds: ['collective', 'individual', 'household'],
    authority: 'Chủ tịch UBND tỉnh',
    kind: 'regular',
    article: 'Điều 74 Luật Thi đua, khen thưởng 2022',
    bonus: 1.5,
    ballot: [50, 'eligible', 'gt'],
    quota: 3,
    prerequisites: [
      {
        kind: 'consecutiveTitlesOrExcellence',
        awardCode: 'CSTDCS',
        years: 2,
        initiatives: 2,
        appliesTo: ['individual'],
      },
    ],
  },
  {
    code: 'TTLDXS',
    name: 'Tập thể lao động xuất sắc',
    category: 'title',
    kinds: ['collective'],
    authority: 'Chủ tịch UBND tỉnh',
    kind: 'regular',
    article: 'Điều 27 Luật Thi đua, khen thưởng 2022',
    bonus: 1.5,
    ballot: [50, 'eligible', 'gt'],
    quota: null,
    prerequisites: [{ kind: 'memberShares', minLdttPercent: 70, allComplete: true, minCstdcs: 1 }],
  },
  {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    category: 'title',
    kinds: ['collective'],
    authority: 'Thủ trưởng cơ quan, Chủ tịch UBND xã',
    kind: 'regular',
    article: 'Khoản 1 Điều 28 Luật Thi đua, khen thưởng 2022',
    bonus: 0.8,
    ballot: [50, 'eligible', 'gt'],
    quota: null,
    prerequisites: [{ kind: 'memberShares', minLdttPercent: 70, allComplete: false, minCstdcs: 0 }],
  },
  {
    code: 'CSTDT',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    category: 'title',
    kinds: ['individual'],
    authority: 'Chủ tịch UBND tỉnh',
    kind: 'regular',
    article: 'Điều 22 Luật Thi đua, khen thưởng 2022',
    bonus: 3,
    ballot: [90, 'eligible', 'gte'],
    quota: null,
    prerequisites: [{ kind: 'consecutiveTitles', awardCode: 'CSTDCS', years: 3 }],
  },
  {
    code: 'CSTDCS',
    name: 'Chiến sĩ thi đua cơ sở',
    category: 'title',
    kinds: ['individual'],
    authority: 'Thủ trưởng cơ quan, Chủ tịch UBND xã',
    kind: 'regular',
    article: 'Điều 23 Luật Thi đua, khen thưởng 2022',
    bonus: 1,
    ballot: [50, 'eligible', 'gt'],
    quota: null,
    prerequisites: [],
  },
  {
    code: 'LDTT',
    name: 'Lao động tiên tiến',
    category: 'title',
    kinds: ['individual'],
    authority: 'Thủ trưởng cơ quan, Chủ tịch UBND xã',
    kind: 'regular',
    article: 'Điều 24 Luật Thi đua, khen thưởng 2022',
    bonus: 0.3,
    ballot: [50, 'eligible', 'gt'],
    quota: null,
    prerequisites: [],
  },
  {
    code: 'GK',
    name: 'Giấy khen',
    category: 'commendation',
    kinds: ['collective', 'individual', 'household'],
    authority: 'Thủ trưởng cơ quan, Chủ tịch UBND xã',
    kind: 'regular',
    article: 'Điều 75 Luật Thi đua, khen thưởng 2022',
    bonus: 0.3,
    ballot: [50, 'eligible', 'gt'],
    quota: null,
    prerequisites: [],
  },
] as const;

/** Rules in force over time: the 2003 law and Nghị định 91/2017, then 98/2023, then 152/2025. */
const PERIODS = [
  {
    from: '2018-01-01',
    to: '2023-12-31',
    basis: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); Nghị định 91/2017/NĐ-CP',
    article: (a: string) =>
      a.replace('Luật Thi đua, khen thưởng 2022', 'Luật Thi đua, khen thưởng 2003'),
  },
  {
    from: '2024-01-01',
    to: '2025-06-30',
    basis: 'Nghị định 98/2023/NĐ-CP',
    article: (a: string) => a,
  },
  { from: '2025-07-01', to: null, basis: 'Nghị định 152/2025/NĐ-CP', article: (a: string) => a },
];

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đỗ',
  'Bùi',
  'Đặng',
  'Lý',
  'Giàng',
  'Lù',
  'Sùng',
  'Vàng',
  'Hà',
  'Lò',
];
const MIDDLE_M = ['Văn', 'Minh', 'Quang', 'Đức', 'Xuân', 'Hữu', 'A'];
const MIDDLE_F = ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Thị'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thắng',
  'Tuấn',
  'Vinh',
  'Páo',
  'Sử',
  'Chứ',
];
const GIVEN_F = [
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hiên',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Ngọc',
  'Phương',
  'Thảo',
  'Trang',
  'Vân',
  'Yến',
  'Mỷ',
  'Dợ',
];
const POSITIONS = [
  'Chuyên viên',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Chuyên viên chính',
  'Phó Chánh Văn phòng',
  'Giảng viên',
  'Phóng viên',
  'Kế toán',
];

/** A deterministic fictitious name: the demo never names real people beyond the reports'. */
export function demoPerson(i: number): {
  fullName: string;
  sex: 'male' | 'female';
  birthYear: number;
  position: string;
} {
  const female = i % 2 === 1;
  const family = FAMILY[(i * 7) % FAMILY.length];
  const middle = female ? MIDDLE_F[(i * 3) % MIDDLE_F.length] : MIDDLE_M[(i * 5) % MIDDLE_M.length];
  const given = female ? GIVEN_F[(i * 11) % GIVEN_F.length] : GIVEN_M[(i * 13) % GIVEN_M.length];
  return {
    fullName: `${family} ${middle} ${given}`,
    sex: female ? 'female' : 'male',
    birthYear: 1968 + ((i * 7) % 30),
    position: POSITIONS[i % POSITIONS.length],
  };
}

const HOUSEHOLDS = [
  { head: 'Giàng A Páo', address: 'Thôn Sả Séng, xã Tả Phìn', unit: 'XBX' },
  { head: 'Lù Thị Mỷ', address: 'Thôn Lao Chải, xã Bát Xát', unit: 'XBX' },
  { head: 'Sùng Seo Chứ', address: 'Thôn Sín Chải, xã Cốc San', unit: 'XCP' },
  { head: 'Vàng Thị Dợ', address: 'Thôn Cốc Mỳ, xã Hợp Thành', unit: 'XHT' },
  { head: 'Hoàng Văn Hải', address: 'Tổ 12, phường Lào Cai', unit: 'PLC' },
  { head: 'Nguyễn Thị Thu', address: 'Tổ 5, phường Cam Đường', unit: 'PCD' },
  { head: 'Lò Văn Sơn', address: 'Thôn Ân Nghĩa, xã Ân Nghĩa', unit: 'XAN' },
  { head: 'Đặng Văn Quân', address: 'Thôn Tòng Sành, xã Cốc San', unit: 'XCP' },
];

const UNITS_2023 = ['VPTU', 'BTGTU', 'BNCTU', 'BTCTU', 'BDVTU', 'UBKTTU', 'TCT', 'DUKCQDN', 'BLC'];
const BATCH_UNITS = [
  'VPTU',
  'BTGTU',
  'BNCTU',
  'BTCTU',
  'BDVTU',
  'UBKTTU',
  'TCT',
  'DUKCQDN',
  'BLC',
  'SNV',
  'STC',
  'HLHPN',
  'TDOAN',
  'SYT',
  'SGDDT',
];

async function id(manager: EntityManager, sql: string, params: unknown[]): Promise<string> {
  const [row] = (await manager.query(sql, params)) as Array<{ id: string }>;
  return row.id;
}

/** Idempotent: the catalogue by code, people by (name, unit), nominations and history by their keys. */
export async function seedDemoAwards(manager: EntityManager): Promise<void> {
  for (const [order, a] of AWARD_CATALOGUE.entries()) {
    await manager.query(
      `INSERT INTO award_types (code, name, category, beneficiary_kinds, deciding_authority, kind, sort_order)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) ON CONFLICT (code) DO NOTHING`,
      [a.code, a.name, a.category, JSON.stringify(a.kinds), a.authority, a.kind, order + 1],
    );
    const typeId = await id(manager, `SELECT id FROM award_types WHERE code = $1`, [a.code]);
    for (const p of PERIODS) {
      const bonus = a.code === 'GK' && p.from < '2025-07-01' ? 0.15 : a.bonus;
      await manager.query(
        `INSERT INTO award_rule_versions (award_type_id, effective_from, effective_to, legal_citation, bonus_coefficient,
                                          ballot_threshold, ballot_denominator, ballot_comparator, quota_per_bloc, prerequisites)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb) ON CONFLICT (award_type_id, effective_from) DO NOTHING`,
        [
          typeId,
          p.from,
          p.to,
          `${p.article(a.article)}; ${p.basis}`,
          bonus,
          a.ballot[0],
          a.ballot[1],
          a.ballot[2],
          a.quota,
          JSON.stringify(a.prerequisites),
        ],
      );
    }
  }
  const [done] = await manager.query(`SELECT 1 FROM nominations LIMIT 1`);
  if (done) return;

  const award = async (code: string) =>
    id(manager, `SELECT id FROM award_types WHERE code = $1`, [code]);
  const unit = async (code: string) => id(manager, `SELECT id FROM units WHERE code = $1`, [code]);
  const blocId = await id(manager, `SELECT id FROM blocs WHERE name = $1`, [LAO_CAI_PARTY_BLOC]);
  const flag = await award('CTDT');
  // The bloc's own caps: two units for the Emulation Flag, Bằng khen for its 9 units and 9 people.
  await manager.query(
    `INSERT INTO bloc_award_quotas (bloc_id, award_type_id, quota) VALUES ($1, $2, 2), ($1, $3, 18) ON CONFLICT DO NOTHING`,
    [blocId, flag, await award('BKT')],
  );

  const nominate = async (n: {
    year: number;
    award: string;
    kind: Kind;
    beneficiary: string;
    proposer: string;
    bloc: string | null;
    movement?: string | null;
    summary: string;
    status: string;
    decision?: [string, string] | null;
    figures?: Record<string, unknown> | null;
  }) => {
    const column =
      n.kind === 'collective' ? 'unit_id' : n.kind === 'individual' ? 'person_id' : 'household_id';
    const timeline = [
      {
        at: `${n.year}-12-10T08:00:00.000Z`,
        actor: 'thuky',
        action: 'create',
        from: null,
        to: 'draft',
        reason: null,
      },
    ];
    return id(
      manager,
      `INSERT INTO nominations (term_year, award_type_id, beneficiary_kind, ${column}, proposing_unit_id, bloc_id, movement_id,
                                summary, status, decision_number, decision_date, figures, timeline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb) RETURNING id`,
      [
        n.year,
        n.award,
        n.kind,
        n.beneficiary,
        n.proposer,
        n.bloc,
        n.movement ?? null,
        n.summary,
        n.status,
        n.decision?.[0] ?? null,
        n.decision?.[1] ?? null,
        n.figures ? JSON.stringify(n.figures) : null,
        JSON.stringify(timeline),
      ],
    );
  };

  // 2023 year-end conference of the Lào Cai party bloc (19/12/2023).
  const blc = await unit('BLC');
  for (const code of ['TCT', 'VPTU']) {
    await nominate({
      year: 2023,
      award: flag,
      kind: 'collective',
      beneficiary: await unit(code),
      proposer: blc,
      bloc: blocId,
      status: 'accepted',
      summary:
        'Hoàn thành xuất sắc toàn diện nhiệm vụ chính trị năm 2023; dẫn đầu Khối thi đua các cơ quan Tỉnh ủy; tổ chức hiệu quả các phong trào thi đua, xây dựng nhiều mô hình tiêu biểu.',
    });
  }
  const commendation = await award('BKT');
  for (const [i, code] of UNITS_2023.entries()) {
    const unitId = await unit(code);
    await nominate({
      year: 2023,
      award: commendation,
      kind: 'collective',
      beneficiary: unitId,
      proposer: unitId,
      bloc: blocId,
      status: 'submitted',
      summary:
        'Hoàn thành xuất sắc nhiệm vụ năm 2023; tích cực tham gia các hoạt động chung của Khối thi đua.',
      figures: {
        memberCount: 20 + i,
        ldttCount: 18 + i,
        cstdcsCount: 2,
        allCompleted: true,
        disciplinedCount: 0,
        womenCount: 8 + i,
      },
    });
    const person = demoPerson(i);
    const personId = await id(
      manager,
      `INSERT INTO people (full_name, birth_year, sex, position, unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [person.fullName, person.birthYear, person.sex, person.position, unitId],
    );
    const cstdcs = await award('CSTDCS');
    for (const year of [2021, 2022]) {
      await manager.query(
        `INSERT INTO award_history (term_year, award_type_id, person_id, decision_number, decision_date, source)
         VALUES ($1, $2, $3, $4, $5, 'import')`,
        [year, cstdcs, personId, `${120 + i}/QĐ-${code}`, `${year}-12-28`],
      );
    }
    await nominate({
      year: 2023,
      award: commendation,
      kind: 'individual',
      beneficiary: personId,
      proposer: unitId,
      bloc: blocId,
      status: 'submitted',
      summary: `${person.position} có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2023; 2 năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở.`,
    });
  }

  // A batch like Lai Châu's: Bằng khen of the provincial chairman in the 90-day campaign (2021),
  // for 15 collectives, 36 individuals and 8 households, decided and awarded.
  const campaign = await id(manager, `SELECT id FROM movements WHERE title = $1`, [
    DEMO_MOVEMENTS[0].title,
  ]);
  const decision: [string, string] = ['2150/QĐ-UBND', '2021-10-05'];
  const record = async (kind: Kind, beneficiary: string, proposer: string, summary: string) => {
    const nominationId = await nominate({
      year: 2021,
      award: commendation,
      kind,
      beneficiary,
      proposer,
      bloc: null,
      movement: campaign,
      summary,
      status: 'awarded',
      decision,
    });
    const column =
      kind === 'collective' ? 'unit_id' : kind === 'individual' ? 'person_id' : 'household_id';
    await manager.query(
      `INSERT INTO award_history (term_year, award_type_id, ${column}, decision_number, decision_date, source, nomination_id)
       VALUES (2021, $1, $2, $3, $4, 'nomination', $5)`,
      [commendation, beneficiary, decision[0], decision[1], nominationId],
    );
  };
  for (const code of BATCH_UNITS) {
    const unitId = await unit(code);
    await record(
      'collective',
      unitId,
      unitId,
      'Có thành tích xuất sắc trong đợt thi đua 90 ngày chào mừng 30 năm tái lập tỉnh Lào Cai.',
    );
  }
  for (let i = 0; i < 36; i += 1) {
    const unitId = await unit(BATCH_UNITS[i % BATCH_UNITS.length]);
    const person = demoPerson(100 + i);
    const personId = await id(
      manager,
      `INSERT INTO people (full_name, birth_year, sex, position, unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [person.fullName, person.birthYear, person.sex, person.position, unitId],
    );
    await record(
      'individual',
      personId,
      unitId,
      'Có thành tích xuất sắc trong đợt thi đua 90 ngày chào mừng 30 năm tái lập tỉnh Lào Cai.',
    );
  }
  for (const h of HOUSEHOLDS) {
    const unitId = await unit(h.unit);
    const householdId = await id(
      manager,
      `INSERT INTO households (head_name, address, unit_id) VALUES ($1, $2, $3) RETURNING id`,
      [h.head, h.address, unitId],
    );
    await record(
      'household',
      householdId,
      unitId,
      'Hộ gia đình tiêu biểu, tích cực hiến đất, ngày công làm đường giao thông nông thôn chào mừng 30 năm tái lập tỉnh.',
    );
  }

  // Titles of earlier years, so that the dashboards show a trend.
  const excellent = await award('TTLDXS');
  const advanced = await award('TTLDTT');
  for (const [year, codes] of [
    [2021, ['VPTU', 'BTCTU', 'TCT', 'BLC', 'SNV', 'SYT']],
    [2022, ['VPTU', 'BTGTU', 'BNCTU', 'TCT', 'DUKCQDN', 'BLC', 'STC', 'HLHPN']],
    [2023, ['VPTU', 'BNCTU', 'BTCTU', 'UBKTTU', 'TCT', 'BLC', 'SGDDT']],
  ] as const) {
    for (const code of codes) {
      await manager.query(
        `INSERT INTO award_history (term_year, award_type_id, unit_id, decision_number, decision_date, source)
         VALUES ($1, $2, $3, $4, $5, 'import')`,
        [year, excellent, await unit(code), `${300 + year - 2000}/QĐ-UBND`, `${year + 1}-01-20`],
      );
    }
    for (const code of ['BDVTU', 'SNV', 'TDOAN', 'HND']) {
      await manager.query(
        `INSERT INTO award_history (term_year, award_type_id, unit_id, decision_number, decision_date, source)
         VALUES ($1, $2, $3, $4, $5, 'import') ON CONFLICT DO NOTHING`,
        [year, advanced, await unit(code), `${500 + year - 2000}/QĐ-UBND`, `${year + 1}-01-20`],
      );
    }
  }
}
