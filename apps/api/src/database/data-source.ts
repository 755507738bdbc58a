import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npm run db:migration:generate|run|revert`); needs DATABASE_URL. */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('Set DATABASE_URL to run the TypeORM CLI');
export default new DataSource(dataSourceOptions(url));
