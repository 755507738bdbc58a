import { readAppConfig } from './app.config';
import { readDatabaseConfig } from './database.config';

describe('configuration', () => {
  it('should default to port 3000, closed CORS and the embedded database with demo data', () => {
    expect(readAppConfig({})).toEqual(
      expect.objectContaining({ port: 3000, corsOrigins: [], trustProxy: false }),
    );
    const db = readDatabaseConfig({});
    expect(db.url).toBeUndefined();
    expect(db.seedDemo).toBe(true);
    expect(db.embedded.dataDir).toMatch(/\.data\/postgres$/);
  });

  it('should not load demo data in production on an external database unless asked', () => {
    expect(
      readDatabaseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' }).seedDemo,
    ).toBe(false);
    expect(
      readDatabaseConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x/y',
        SEED_DEMO_DATA: 'true',
      }).seedDemo,
    ).toBe(true);
  });

  it('should refuse a bad port at boot', () => {
    expect(() => readAppConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readDatabaseConfig({ EMBEDDED_PG_PORT: '70000' })).toThrow(/EMBEDDED_PG_PORT/);
  });

  it('should serve from one process unless API_WORKERS asks for more', () => {
    expect(readAppConfig({}).workers).toBe(1);
    expect(readAppConfig({ API_WORKERS: '2' }).workers).toBe(2);
    expect(readAppConfig({ API_WORKERS: 'auto' }).workers).toBeGreaterThanOrEqual(1);
    expect(() => readAppConfig({ API_WORKERS: '0' })).toThrow(/API_WORKERS/);
    expect(() => readAppConfig({ API_WORKERS: 'many' })).toThrow(/API_WORKERS/);
  });

  it('should run migrations at boot unless told they run apart', () => {
    expect(readDatabaseConfig({}).runMigrations).toBe(true);
    expect(readDatabaseConfig({ DATABASE_MIGRATIONS_RUN: 'false' }).runMigrations).toBe(false);
  });

  it('should migrate through DATABASE_MIGRATION_URL, else through DATABASE_URL', () => {
    expect(readDatabaseConfig({ DATABASE_URL: 'postgres://app@h/d' }).migrationUrl).toBe(
      'postgres://app@h/d',
    );
    expect(
      readDatabaseConfig({
        DATABASE_URL: 'postgres://app@h/d',
        DATABASE_MIGRATION_URL: 'postgres://owner@h/d',
      }).migrationUrl,
    ).toBe('postgres://owner@h/d');
    expect(() => readDatabaseConfig({ DATABASE_MIGRATION_URL: 'postgres://owner@h/d' })).toThrow(
      /DATABASE_MIGRATION_URL/,
    );
  });

  it('should read the allowed CORS origins', () => {
    expect(
      readAppConfig({ CORS_ORIGINS: 'https://a.gov.vn, https://b.gov.vn' }).corsOrigins,
    ).toEqual(['https://a.gov.vn', 'https://b.gov.vn']);
  });
});
