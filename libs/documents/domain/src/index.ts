export * from './lib/award-list';
