/*
 * The API's database tooling that loads without the application (no `@thidua/*` libraries): the
 * embedded PostgreSQL and its roles, for the integration tests' global set-up and throw-away
 * clusters. Everything else goes through `apps/api/src/public-api.ts`.
 */
export { EMBEDDED_ROLES, ensureClusterRoles, grantAppRole } from './database-roles';
export {
  describeError,
  type EmbeddedDatabase,
  embeddedUrls,
  prepareEmbeddedDatabase,
  startEmbeddedPostgres,
} from './embedded-postgres';
