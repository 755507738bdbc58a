import { API_KEY_SCOPES, scopeForRoute } from './api-keys';

describe('API key scopes', () => {
  it.each([
    ['GET', 'units/:id', 'registry:read'],
    ['GET', 'blocs', 'registry:read'],
    ['GET', 'nominations/:id', 'awards:read'],
    ['GET', 'award-history', 'awards:read'],
    ['POST', 'nominations', 'nominations:write'],
    ['PUT', 'nominations/:id', 'nominations:write'],
    ['POST', 'nominations/:id/transitions', 'nominations:write'],
    ['GET', 'award-lists/:id/export', 'documents:read'],
    ['get', '/export-jobs/:jobId/file', 'documents:read'],
  ])('should open %s %s with %s', (method, path, scope) => {
    expect(scopeForRoute(method, path)).toBe(scope);
  });

  it.each([
    ['GET', 'users'],
    ['POST', 'users/:id/reset-password'],
    ['GET', 'api-keys'],
    ['POST', 'api-keys'],
    ['GET', 'audit-log'],
    ['GET', 'auth/me'],
    ['POST', 'auth/logout'],
    ['GET', 'signing-certificates'],
    ['GET', 'ballots'],
    ['POST', 'ballots/:id/votes'],
    ['GET', 'meetings'],
    ['POST', 'units'],
    ['DELETE', 'units/:id'],
    ['DELETE', 'nominations/:id'],
    ['POST', 'award-lists/:id/decision'],
  ])('should open %s %s to no key', (method, path) => {
    expect(scopeForRoute(method, path)).toBeNull();
  });

  it('should name every scope once', () => {
    expect(new Set(API_KEY_SCOPES).size).toBe(API_KEY_SCOPES.length);
  });
});
