import { findPgTool, parsePgToolMajor } from './pg-dump';

describe('pg_dump selection', () => {
  it.each([
    ['pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)', 15],
    ['pg_restore (PostgreSQL) 18.1', 18],
    ['something else', undefined],
  ])('should read the major version of "%s"', (output, major) => {
    expect(parsePgToolMajor(output)).toBe(major);
  });

  it('should refuse a pg_dump older than the server', () => {
    const run = () => 'pg_dump (PostgreSQL) 15.14';
    expect(findPgTool('pg_dump', 18, {}, run)).toBeUndefined();
    expect(findPgTool('pg_dump', 15, {}, run)).toEqual({ path: 'pg_dump', major: 15 });
  });

  it('should take PG_DUMP_PATH / PG_RESTORE_PATH first', () => {
    const seen: string[] = [];
    const run = (path: string) => {
      seen.push(path);
      return 'pg_restore (PostgreSQL) 18.1';
    };
    expect(
      findPgTool('pg_restore', 18, { PG_RESTORE_PATH: '/opt/pg18/bin/pg_restore' }, run),
    ).toEqual({
      path: '/opt/pg18/bin/pg_restore',
      major: 18,
    });
    expect(findPgTool('pg_dump', 18, { PG_DUMP_PATH: '/opt/pg18/bin/pg_dump' }, run)?.path).toBe(
      '/opt/pg18/bin/pg_dump',
    );
    expect(seen).toEqual(['/opt/pg18/bin/pg_restore', '/opt/pg18/bin/pg_dump']);
  });

  it('should answer none when the tool is missing', () => {
    expect(findPgTool('pg_dump', 18, {}, () => undefined)).toBeUndefined();
  });
});
