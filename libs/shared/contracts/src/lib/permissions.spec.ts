import { ROLES, hasPermission, isRole, type Permission, type Role } from './permissions';

describe('permissions', () => {
  it.each<[Role, Permission, boolean]>([
    ['admin', 'users.manage', true],
    ['admin', 'audit.read', true],
    ['secretariat', 'users.manage', false],
    ['secretariat', 'bloc.manage', true],
    ['secretariat', 'unit.act', true],
    ['unit', 'bloc.manage', false],
    ['unit', 'unit.act', true],
    ['unit', 'audit.read', false],
    ['unit', 'scoring.self', true],
    ['unit', 'scoring.manage', false],
    ['secretariat', 'scoring.manage', true],
    ['secretariat', 'scoring.self', true],
    ['viewer', 'scoring.self', false],
    ['admin', 'scoring.manage', true],
    ['viewer', 'unit.act', false],
    ['viewer', 'registry.read', true],
    ['viewer', 'documents.print', true],
    ['admin', 'signing.manage', true],
    ['secretariat', 'signing.manage', false],
    ['viewer', 'signing.manage', false],
    ['admin', 'register.outgoing', true],
    ['secretariat', 'register.outgoing', true],
    ['unit', 'register.outgoing', false],
    ['viewer', 'register.outgoing', false],
    ['admin', 'clearance.manage', true],
    ['clearance', 'clearance.answer', true],
    ['clearance', 'clearance.manage', false],
    ['clearance', 'registry.read', false],
    ['clearance', 'documents.print', false],
    ['secretariat', 'clearance.answer', false],
    ['viewer', 'clearance.manage', false],
  ])('should give %s the permission %s: %s', (role, permission, expected) => {
    expect(hasPermission(role, permission)).toBe(expected);
  });

  it('should recognise exactly the five roles', () => {
    expect(ROLES).toEqual(['admin', 'secretariat', 'unit', 'viewer', 'clearance']);
    expect(isRole('admin')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
