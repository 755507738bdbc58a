export * from './lib/documents-access';
export * from './lib/documents.paths';
export * from './lib/documents.routes';
