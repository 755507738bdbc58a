process.env['DATABASE_URL'] = process.env['TEST_DATABASE_URL'];
process.env['DATABASE_MIGRATION_URL'] =
  process.env['TEST_DATABASE_MIGRATION_URL'] || process.env['TEST_DATABASE_URL'];
process.env['TEST_DATABASE_ADMIN_URL'] ||= process.env['TEST_DATABASE_URL'];
process.env['NODE_ENV'] = 'test';
process.env['LOG_LEVEL'] = process.env['LOG_LEVEL'] ?? 'silent';
process.env['SEED_DEMO_DATA'] = 'false';
