import { Logger } from '@nestjs/common';
import { hashPassword } from '@thidua/auth/api';
import type { DataSource, EntityManager } from 'typeorm';

import {
  DEMO_BLOCS,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_YEARS,
  type DemoUnit,
  OTHER_UNITS,
  UNIT_KINDS,
} from './demo-data';
import { seedDemoAwardLists } from './demo-award-lists';
import { seedDemoAwards } from './demo-awards';
import { seedDemoBallots } from './demo-ballots';
import { seedDemoClearance } from './demo-clearance';
import { seedDemoMovements } from './demo-movements';
import { seedDemoOrganisation } from './demo-organisation';
import { seedDemoScoring } from './demo-scoring';
import { seedDemoReports } from './demo-reports';

/** Arbitrary key for pg_advisory_xact_lock, so that two instances starting together seed once. */
const SEED_LOCK = 7_204_2024;

/**
 * Loads the demo data. Idempotent: every row is keyed by a natural key (unit code, bloc name,
 * username, unit + year) and inserted only when missing, so re-running adds nothing.
 */
export async function seedDemoData(
  dataSource: DataSource,
  logger = new Logger('DemoSeed'),
): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const before = await count(manager);
    await seedDemoOrganisation(manager);
    for (const kind of UNIT_KINDS) {
      await manager.query(
        `INSERT INTO unit_kinds (code, name, sort_order) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`,
        [kind.code, kind.name, kind.sortOrder],
      );
    }
    const units = [...DEMO_BLOCS.flatMap((b) => b.units), ...OTHER_UNITS];
    // Parents first, so that children can refer to them.
    const ordered = [...units.filter((u) => !u.parent), ...units.filter((u) => u.parent)];
    for (const unit of ordered) await insertUnit(manager, unit);
    for (const bloc of DEMO_BLOCS) {
      await manager.query(
        `INSERT INTO blocs (name, kind, description, managing_authority) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO NOTHING`,
        [bloc.name, bloc.kind, bloc.description, bloc.managingAuthority],
      );
      for (const year of DEMO_YEARS) {
        for (const [index, unit] of bloc.units.entries()) {
          await manager.query(
            `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order, joined_on)
             SELECT b.id, u.id, $3::smallint, $4::smallint, make_date($3::int, 1, 1) FROM blocs b, units u
              WHERE b.name = $1 AND u.code = $2
             ON CONFLICT (unit_id, term_year) DO NOTHING`,
            [bloc.name, unit.code, year, index + 1],
          );
        }
        const lead = bloc.leadership[year];
        if (lead) {
          await manager.query(
            `INSERT INTO bloc_leaderships (bloc_id, term_year, head_unit_id, deputy_unit_id)
             SELECT b.id, $2::smallint, h.id, d.id FROM blocs b, units h, units d
              WHERE b.name = $1 AND h.code = $3 AND d.code = $4
             ON CONFLICT (bloc_id, term_year) DO NOTHING`,
            [bloc.name, year, lead.head, lead.deputy],
          );
        }
      }
    }
    for (const user of DEMO_USERS) {
      await manager.query(
        `INSERT INTO users (username, full_name, role, unit_id, password_hash)
         VALUES ($1, $2, $3, (SELECT id FROM units WHERE code = $4), $5)
         ON CONFLICT (username) DO NOTHING`,
        [user.username, user.fullName, user.role, user.unit, hash],
      );
    }
    await seedDemoMovements(manager);
    await seedDemoScoring(manager);
    await seedDemoAwards(manager);
    await seedDemoBallots(manager);
    await seedDemoAwardLists(manager);
    await seedDemoClearance(manager);
    await seedDemoReports(manager);
    const after = await count(manager);
    if (after > before) logger.log(`demo data loaded (${after - before} rows added)`);
  });
}

async function insertUnit(manager: EntityManager, unit: DemoUnit): Promise<void> {
  await manager.query(
    `INSERT INTO units (code, name, short_name, kind_id, parent_id, head_name, head_position, address)
     VALUES ($1, $2, $3, (SELECT id FROM unit_kinds WHERE code = $4),
             (SELECT id FROM units WHERE code = $5), $6, $7, $8)
     ON CONFLICT (code) DO NOTHING`,
    [
      unit.code,
      unit.name,
      unit.shortName ?? null,
      unit.kind,
      unit.parent ?? null,
      unit.headName ?? null,
      unit.headPosition ?? null,
      unit.address ?? 'Lào Cai',
    ],
  );
}

async function count(manager: EntityManager): Promise<number> {
  const [row] = (await manager.query(
    `SELECT (SELECT count(*) FROM unit_kinds) + (SELECT count(*) FROM units) + (SELECT count(*) FROM blocs)
          + (SELECT count(*) FROM bloc_memberships) + (SELECT count(*) FROM bloc_leaderships)
          + (SELECT count(*) FROM users) + (SELECT count(*) FROM movements)
          + (SELECT count(*) FROM pledge_signatures) + (SELECT count(*) FROM award_types)
          + (SELECT count(*) FROM nominations) + (SELECT count(*) FROM award_history)
          + (SELECT count(*) FROM ballots) + (SELECT count(*) FROM score_entries)
          + (SELECT count(*) FROM award_lists) + (SELECT count(*) FROM activity_reports)
          + (SELECT count(*) FROM organisation_profiles) + (SELECT count(*) FROM clearance_requests) AS n`,
  )) as Array<{ n: string }>;
  return Number(row.n);
}
