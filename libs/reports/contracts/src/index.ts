export * from './lib/reports.contracts';
