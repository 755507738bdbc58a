export * from './lib/format';
export * from './lib/vietnamese-text';
