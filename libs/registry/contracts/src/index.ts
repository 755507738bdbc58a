export * from './lib/registry.contracts';
export * from './lib/organisation.contracts';
export * from './lib/outgoing-numbers.contracts';
export * from './lib/unit-events.contracts';
