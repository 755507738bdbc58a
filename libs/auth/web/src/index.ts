export * from './lib/audit-log/audit-link';
export * from './lib/auth.api';
export * from './lib/auth.guards';
export * from './lib/auth.paths';
export * from './lib/auth.routes';
export * from './lib/auth.store';
export * from './lib/labels';
export * from './lib/provide-auth';
