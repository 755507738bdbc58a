export * from './lib/registry.contracts';
