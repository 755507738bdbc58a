export * from './lib/api-base-url.token';
export * from './lib/api-error';
export * from './lib/api.interceptor';
export * from './lib/field-errors';
export * from './lib/import-wizard.store';
export * from './lib/http-params';
export * from './lib/list-query-url';
export * from './lib/paged-list.store';
