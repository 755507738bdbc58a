import type { EntityManager } from 'typeorm';

import { LAO_CAI_PARTY_BLOC, PARTY_BLOC_UNITS } from './demo-data';

/** The special campaign of the Lào Cai reports (seed 000) and the regular movement of 2024. */
export const DEMO_MOVEMENTS = [
  {
    kind: 'special',
    title: '90 ngày lao động xuất sắc, lập thành tích chào mừng 30 năm tái lập tỉnh Lào Cai',
    slogan: 'Lào Cai - 30 năm tái lập, xây dựng và phát triển',
    launchingAuthority: 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai',
    launchDate: '2021-07-03',
    startDate: '2021-07-03',
    endDate: '2021-10-01',
    status: 'ended',
    anniversaries: ['30 năm tái lập tỉnh Lào Cai (01/10/1991 - 01/10/2021)'],
    targets: [
      {
        content:
          'Tổ chức sinh hoạt chuyên đề "Lào Cai - 30 năm tái lập, xây dựng và phát triển" tại 100% chi, đảng bộ trực thuộc',
        measure: '%',
        value: 100,
      },
      {
        content: 'Cán bộ, đảng viên, người lao động tham gia các hoạt động chào mừng',
        measure: '%',
        value: 95,
      },
      {
        content: 'Mỗi đơn vị xây dựng ít nhất một công trình, phần việc hoặc mô hình chào mừng',
        measure: 'mô hình',
        value: 1,
      },
    ],
    models: [
      {
        unit: 'DUKCQDN',
        name: 'Sinh hoạt chuyên đề "Lào Cai - 30 năm tái lập" gắn với tìm hiểu truyền thống ngành',
        on: '2021-09-20',
      },
      {
        unit: 'BLC',
        name: 'Chuyên trang "Lào Cai 30 năm tái lập" trên Báo Lào Cai điện tử',
        on: '2021-09-28',
      },
    ],
  },
  {
    kind: 'regular',
    title: 'Phong trào thi đua yêu nước năm 2024 của Khối thi đua các cơ quan Tỉnh ủy',
    slogan: 'Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm 2024',
    launchingAuthority: LAO_CAI_PARTY_BLOC,
    launchDate: '2023-12-19',
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    status: 'launched',
    anniversaries: [],
    targets: [
      { content: 'Hoàn thành 100% nhiệm vụ chính trị được Tỉnh ủy giao', measure: '%', value: 100 },
      {
        content: 'Tổ chức hội nghị, sinh hoạt chuyên đề quán triệt nghị quyết',
        measure: 'hội nghị',
        value: 4,
      },
      { content: 'Xây dựng mô hình, điển hình tiên tiến', measure: 'mô hình', value: 1 },
    ],
    models: [],
  },
] as const;

export const PLEDGE_2024 = {
  year: 2024,
  title: 'Bản giao ước thi đua năm 2024',
  place: 'Lào Cai',
  signedOn: '2023-12-19',
  commitments: [
    'Đoàn kết, thống nhất, phối hợp chặt chẽ giữa các cơ quan thành viên; thực hiện thắng lợi nhiệm vụ chính trị năm 2024 do Tỉnh ủy giao.',
    'Đẩy mạnh các phong trào thi đua yêu nước, phong trào thi đua toàn diện, chuyên đề và các đợt thi đua đặc biệt; phát hiện, bồi dưỡng, nhân rộng các mô hình tiêu biểu, điển hình tiên tiến.',
    'Thực hiện tốt công tác xây dựng Đảng, xây dựng cơ quan trong sạch, vững mạnh; 100% cán bộ, đảng viên hoàn thành nhiệm vụ.',
    'Tham gia đầy đủ các hoạt động chung của Khối; báo cáo sơ kết, tổng kết đúng thời gian quy định.',
  ],
  titles: ['Tập thể lao động xuất sắc'],
};

/**
 * Signers of the 2024 pledge, signed at the conference of 19/12/2023. Names from the Lào Cai reports
 * where they give them (Lý Văn Hải, Đặng Đình Chung, Lưu Thị Nụ); the others are fictitious demo names.
 */
const SIGNERS: Record<string, { name: string; position: string }> = {
  VPTU: { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng Tỉnh ủy' },
  BTGTU: { name: 'Trần Thị Bình', position: 'Trưởng Ban Tuyên giáo Tỉnh ủy' },
  BNCTU: { name: 'Lý Văn Hải', position: 'Trưởng Ban Nội chính Tỉnh ủy' },
  BTCTU: { name: 'Phạm Quang Cường', position: 'Trưởng Ban Tổ chức Tỉnh ủy' },
  BDVTU: { name: 'Hoàng Thị Dung', position: 'Trưởng Ban Dân vận Tỉnh ủy' },
  UBKTTU: { name: 'Vũ Minh Giang', position: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' },
  TCT: { name: 'Đỗ Thị Hạnh', position: 'Hiệu trưởng Trường Chính trị tỉnh' },
  DUKCQDN: { name: 'Đặng Đình Chung', position: 'Bí thư Đảng ủy Khối Cơ quan - Doanh nghiệp' },
  BLC: { name: 'Lưu Thị Nụ', position: 'Phó Tổng Biên tập phụ trách Báo Lào Cai' },
};

/** Idempotent: keyed by movement title and by (bloc, year) for the pledge. */
export async function seedDemoMovements(manager: EntityManager): Promise<void> {
  for (const m of DEMO_MOVEMENTS) {
    const [existing] = await manager.query(`SELECT id FROM movements WHERE title = $1`, [m.title]);
    if (existing) continue;
    const [{ id }] = await manager.query(
      `INSERT INTO movements (kind, title, slogan, launching_authority, launch_date, start_date, end_date, status, anniversaries)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) RETURNING id`,
      [
        m.kind,
        m.title,
        m.slogan,
        m.launchingAuthority,
        m.launchDate,
        m.startDate,
        m.endDate,
        m.status,
        JSON.stringify(m.anniversaries),
      ],
    );
    for (const [position, t] of m.targets.entries()) {
      await manager.query(
        `INSERT INTO movement_targets (movement_id, position, content, measure, target_value) VALUES ($1, $2, $3, $4, $5)`,
        [id, position, t.content, t.measure, t.value],
      );
    }
    await manager.query(
      `INSERT INTO movement_blocs (movement_id, bloc_id) SELECT $1, id FROM blocs WHERE name = $2`,
      [id, LAO_CAI_PARTY_BLOC],
    );
    for (const model of m.models) {
      await manager.query(
        `INSERT INTO exemplary_models (movement_id, unit_id, name, recognized_on)
         SELECT $1, id, $2, $3 FROM units WHERE code = $4`,
        [id, model.name, model.on, model.unit],
      );
    }
  }
  const [pledge] = await manager.query(
    `SELECT p.id FROM pledges p JOIN blocs b ON b.id = p.bloc_id WHERE b.name = $1 AND p.term_year = $2`,
    [LAO_CAI_PARTY_BLOC, PLEDGE_2024.year],
  );
  if (pledge) return;
  const [{ id: pledgeId }] = await manager.query(
    `INSERT INTO pledges (bloc_id, term_year, movement_id, title, place, commitments, status, locked_at)
     SELECT b.id, $2, (SELECT id FROM movements WHERE title = $3), $4, $5, $6::jsonb, 'locked', $7::date
       FROM blocs b WHERE b.name = $1 RETURNING id`,
    [
      LAO_CAI_PARTY_BLOC,
      PLEDGE_2024.year,
      DEMO_MOVEMENTS[1].title,
      PLEDGE_2024.title,
      PLEDGE_2024.place,
      JSON.stringify(PLEDGE_2024.commitments),
      PLEDGE_2024.signedOn,
    ],
  );
  for (const unit of PARTY_BLOC_UNITS) {
    const signer = SIGNERS[unit.code];
    await manager.query(
      `INSERT INTO pledge_units (pledge_id, unit_id, targets, titles)
       SELECT $1, id, $2::jsonb, $3::jsonb FROM units WHERE code = $4`,
      [
        pledgeId,
        JSON.stringify([
          'Hoàn thành xuất sắc nhiệm vụ chính trị năm 2024',
          '100% cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên',
        ]),
        JSON.stringify(PLEDGE_2024.titles),
        unit.code,
      ],
    );
    await manager.query(
      `INSERT INTO pledge_signatures (pledge_id, unit_id, signer_name, signer_position, signed_on, method, recorded_by_username)
       SELECT $1, id, $2, $3, $4, 'paper', 'thuky' FROM units WHERE code = $5`,
      [pledgeId, signer.name, signer.position, PLEDGE_2024.signedOn, unit.code],
    );
  }
}
