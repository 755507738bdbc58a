export * from './lib/auth.contracts';
