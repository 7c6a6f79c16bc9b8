import type { Config } from '../config.ts';
import { connectDatabase, type Db } from '../platform/db/connect.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';

/** The database the server would use (DATA_DIR / DATABASE_URL), migrated to the latest schema. */
export async function openDatabase(config: Config): Promise<Db> {
  const db = connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(db);
  return db;
}
