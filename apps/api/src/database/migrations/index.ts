import { EnableVietnameseSearch1732200000000 } from './1732200000000-enable-vietnamese-search';
import { CreateFoundation1732200000100 } from './1732200000100-create-foundation';

/** Migrations in order. Class references, because webpack bundles main.js. */
export const MIGRATIONS = [EnableVietnameseSearch1732200000000, CreateFoundation1732200000100];
