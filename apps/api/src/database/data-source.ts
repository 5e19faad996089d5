import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config.js';
import { ENTITIES } from './entities/index.js';
import { POSTGRES_MIGRATIONS } from './migrations/postgres/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';
import { UserSortKey } from './user-sort-key.js';

export type Dialect = 'sqlite' | 'postgres';

/** SQLite file under the data folder by default; PostgreSQL when DATABASE_URL is set. Migrations per dialect. */
export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): DataSourceOptions {
  if (config.databaseUrl) {
    return {
      type: 'postgres',
      url: config.databaseUrl,
      entities: ENTITIES,
      subscribers: [UserSortKey],
      migrations: POSTGRES_MIGRATIONS,
      migrationsRun: false,
      synchronize: false,
    };
  }
  return {
    type: 'better-sqlite3',
    database: join(config.dataDir, 'thidua.sqlite'),
    entities: ENTITIES,
    subscribers: [UserSortKey],
    migrations: SQLITE_MIGRATIONS,
    synchronize: false,
    // WAL lets readers go on while a write transaction runs.
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('journal_mode = WAL');
    },
  };
}

export function dialectOf(ds: DataSource): Dialect {
  return ds.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(config));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
