export * from './lib/registry-access';
export * from './lib/registry.paths';
export * from './lib/registry.routes';
export * from './lib/units/unit-tree';
export * from './lib/bloc-detail/rotation-reasons';
export * from './lib/organisation/organisation.api';
export * from './lib/outgoing-numbers/outgoing-numbers.api';
export * from './lib/working-year';
