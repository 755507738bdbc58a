export * from './lib/api-error';
export * from './lib/api-keys';
export * from './lib/attachments';
export * from './lib/audit';
export * from './lib/health';
export * from './lib/page';
export * from './lib/permissions';
export * from './lib/signing';
