import {
  PARTY_BLOC,
  type TestApp,
  bearer,
  blocId,
  carryYear,
  createReadyUser,
  login,
  uniqueName,
  unitId,
} from '../../support/test-app';
import { SUITE_YEARS } from '../../support/years';

/**
 * Who calls. The "own" scope of every target is the Lào Cai party bloc (its secretariat is `thuky`
 * of Báo Lào Cai, head in 2024) and the unit Ban Tuyên giáo Tỉnh ủy (`donvi`). `sec2` is the
 * secretariat of Sở Tài chính, head of another bloc; `unit2` a unit user of Văn phòng Tỉnh ủy, another
 * unit of the same bloc. So `sec2` and `unit2` reach the same targets through ids of objects that are
 * not theirs.
 */
export const ACTORS = ['admin', 'sec', 'sec2', 'unit', 'unit2', 'viewer', 'anon'] as const;
export type Actor = (typeof ACTORS)[number];

export const GENERAL_BLOC = 'Khối thi đua các cơ quan tổng hợp';

/**
 * The security suites' years (see {@link SUITE_YEARS}): `YEAR` they act in (the party bloc's 2024
 * members, head and deputy carried over), `COPY_YEAR` a year copied from it, `SCORED_YEAR` whose cards
 * the scoring rows move on, `CHECK_YEAR` whose cards the head checks, `PLEDGE_YEAR` of a locked pledge
 * and `SCORING_YEAR` of the scoring blocs made for a single call.
 */
export const [YEAR, COPY_YEAR, SCORED_YEAR, CHECK_YEAR, PLEDGE_YEAR, SCORING_YEAR] =
  SUITE_YEARS.security;

export interface Actors {
  tokens: Record<Actor, string | null>;
  users: Record<Exclude<Actor, 'anon'>, string>;
  party: string;
  general: string;
  units: Record<'btgtu' | 'vptu' | 'blc' | 'btctu' | 'stc' | 'tct' | 'hccb', string>;
  headers(actor: Actor): Record<string, string>;
  /** A fresh session of the actor, for calls that end their session. */
  freshToken(actor: Actor): Promise<string | null>;
}

/** Signs in the demo users, creates `sec2` and `unit2`, and prepares {@link YEAR} in the party bloc. */
export async function prepareActors(t: TestApp): Promise<Actors> {
  const [party, general] = await Promise.all([blocId(t, PARTY_BLOC), blocId(t, GENERAL_BLOC)]);
  const codes = {
    btgtu: 'BTGTU',
    vptu: 'VPTU',
    blc: 'BLC',
    btctu: 'BTCTU',
    stc: 'STC',
    tct: 'TCT',
    hccb: 'HCCB',
  };
  const units = Object.fromEntries(
    await Promise.all(Object.entries(codes).map(async ([k, c]) => [k, await unitId(t, c)])),
  ) as Actors['units'];
  const admin = await login(t.http, 'admin');
  const usernames: Record<Exclude<Actor, 'anon'>, string> = {
    admin: 'admin',
    sec: 'thuky',
    sec2: uniqueName('sec2'),
    unit: 'donvi',
    unit2: uniqueName('unit2'),
    viewer: 'xem',
  };
  const extra = [
    { username: usernames.sec2, role: 'secretariat', unitId: units.stc },
    { username: usernames.unit2, role: 'unit', unitId: units.vptu },
  ];
  for (const u of extra) {
    await createReadyUser(t.http, admin, { ...u, fullName: 'Người dùng kiểm thử' });
  }
  await carryYear(t, party, YEAR);
  await carryYear(t, general, YEAR);
  const tokens = { anon: null } as Record<Actor, string | null>;
  const users = {} as Actors['users'];
  for (const [actor, username] of Object.entries(usernames) as Array<
    [Exclude<Actor, 'anon'>, string]
  >) {
    tokens[actor] = await login(t.http, username);
    const [row] = await t.dataSource.query(`SELECT id FROM users WHERE username = $1`, [username]);
    users[actor] = row.id;
  }
  return {
    tokens,
    users,
    party,
    general,
    units,
    headers: (actor) => {
      const token = tokens[actor];
      return token ? bearer(token) : {};
    },
    freshToken: async (actor) => (actor === 'anon' ? null : login(t.http, usernames[actor])),
  };
}
