export * from './lib/registry.contracts';
export * from './lib/organisation.contracts';
