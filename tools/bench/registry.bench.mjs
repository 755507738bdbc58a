// Issue #3: 5,000 units in 500 blocs; server-side p95 of listing and of diacritic-insensitive
// search (target: both under 50 ms).
import { report, startStack, timeRequests } from './support.mjs';

const UNITS = 5000;
const BLOCS = 500;
const REQUESTS = 300;
const SEARCHES = [
  'ban to chuc',
  'lao cai',
  'so y te',
  'xa bat',
  'dang uy',
  'truong',
  'phuong cam',
  'hoi nong dan',
  'doan',
  'cong ty',
];
const WORDS = [
  'Ban',
  'Sở',
  'Phòng',
  'Trung tâm',
  'Xã',
  'Phường',
  'Hội',
  'Đảng ủy',
  'Trường',
  'Công ty',
];
const PLACES = [
  'Lào Cai',
  'Bát Xát',
  'Sa Pa',
  'Bắc Hà',
  'Mường Khương',
  'Văn Bàn',
  'Bảo Yên',
  'Bảo Thắng',
  'Si Ma Cai',
  'Cam Đường',
];

export async function run() {
  const stack = await startStack();
  try {
    const year = new Date().getFullYear();
    const started = Date.now();
    await stack.sql.query(
      `INSERT INTO units (code, name, short_name, kind_id)
       SELECT 'B' || lpad(i::text, 5, '0'),
              ($1::text[])[1 + i % 10] || ' ' || ($2::text[])[1 + (i / 10) % 10] || ' số ' || i,
              'ĐV' || i,
              (SELECT id FROM unit_kinds ORDER BY sort_order LIMIT 1 OFFSET i % 6)
         FROM generate_series(1, $3::int) AS i`,
      [WORDS, PLACES, UNITS],
    );
    await stack.sql.query(
      `INSERT INTO blocs (name, kind) SELECT 'Khối thi đua thử nghiệm số ' || i, CASE WHEN i % 5 = 0 THEN 'cum' ELSE 'khoi' END
         FROM generate_series(1, $1::int) AS i`,
      [BLOCS],
    );
    await stack.sql.query(
      `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order, joined_on)
       SELECT b.id, u.id, $1::smallint, ((u.n - 1) % 10 + 1)::smallint, make_date($1::int, 1, 1)
         FROM (SELECT id, row_number() OVER (ORDER BY code) AS n FROM units WHERE code LIKE 'B%') u
         JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM blocs WHERE name LIKE 'Khối thi đua thử nghiệm%') b
           ON b.n = (u.n - 1) / 10 + 1`,
      [year],
    );
    await stack.sql.query(
      `INSERT INTO bloc_leaderships (bloc_id, term_year, head_unit_id, deputy_unit_id)
       SELECT bloc_id, $1::smallint, (array_agg(unit_id ORDER BY rotation_order))[1], (array_agg(unit_id ORDER BY rotation_order))[2]
         FROM bloc_memberships WHERE term_year = $1 GROUP BY bloc_id
       ON CONFLICT DO NOTHING`,
      [year],
    );
    await stack.sql.query('ANALYZE');
    const [{ units }] = (await stack.sql.query('SELECT count(*)::int AS units FROM units')).rows;
    const [{ blocs }] = (await stack.sql.query('SELECT count(*)::int AS blocs FROM blocs')).rows;
    console.log(
      `registry: ${units} units in ${blocs} blocs loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const token = await stack.login();
    const pages = Math.floor(UNITS / 20);
    const listUrls = Array.from(
      { length: REQUESTS },
      (_, i) => `${stack.base}/units?page=${1 + ((i * 37) % pages)}&pageSize=20&sort=name`,
    );
    const searchUrls = Array.from(
      { length: REQUESTS },
      (_, i) =>
        `${stack.base}/units?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}&pageSize=20`,
    );
    const blocUrls = Array.from(
      { length: REQUESTS },
      (_, i) => `${stack.base}/blocs?page=${1 + (i % 25)}&pageSize=20&year=${year}`,
    );
    await timeRequests(listUrls.slice(0, 20), token); // warm-up
    const results = [
      report('GET /units (paged, Vietnamese order)', await timeRequests(listUrls, token), 50),
      report(
        'GET /units?q= (diacritic-insensitive search)',
        await timeRequests(searchUrls, token),
        50,
      ),
      report('GET /blocs?year= (members, head, deputy)', await timeRequests(blocUrls, token), 50),
    ];
    return results.every((p95) => p95 < 50);
  } finally {
    await stack.stop();
  }
}
