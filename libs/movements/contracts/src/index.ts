export * from './lib/movements.contracts';
