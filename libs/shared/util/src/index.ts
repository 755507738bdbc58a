export * from './lib/format';
export * from './lib/vietnamese-text';
export * from './lib/vietnamese-numbers';
export * from './lib/years';
export * from './lib/lines';
export * from './lib/decimal';
