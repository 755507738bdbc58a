export * from './lib/award-list-documents';
export * from './lib/award-lists.service';
export * from './lib/cover-letter.defaults';
export * from './lib/documents.module';
export * from './lib/entities/award-list.entity';
