import { searchCondition } from './list-query';
import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('searchCondition', () => {
  it('should fold the query like the database does and escape LIKE wildcards', () => {
    expect(searchCondition('u.name', '  Ban TỔ chức ')).toEqual({
      sql: 'search_fold(u.name) LIKE :q',
      params: { q: '%ban to chuc%' },
    });
    expect(searchCondition('u.name', '50%_a\\b').params['q']).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('should name tables and columns in snake_case', () => {
    expect(strategy.tableName('BlocMembershipEntity', undefined)).toBe('bloc_membership');
    expect(strategy.tableName('X', 'bloc_memberships')).toBe('bloc_memberships');
    expect(strategy.columnName('termYear', undefined, [])).toBe('term_year');
    expect(strategy.primaryKeyName('units')).toBe('pk_units');
    expect(strategy.foreignKeyName('users', ['unit_id'])).toBe('fk_users_unit_id');
  });
});
