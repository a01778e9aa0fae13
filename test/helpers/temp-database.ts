import path from 'node:path';
import { onTestFinished } from 'vitest';
import { migrateDatabase, openDatabase, type Database } from '../../relay/src/store/database';
import { tempDir } from './temp-dir';

/** A migrated libSQL file of its own for one test (never `:memory:`, which loses the schema across transactions). */
export async function tempDatabase(): Promise<Database & { url: string }> {
  const url = `file:${path.join(tempDir('mlc-db-'), 'mlc.db')}`;
  const database = await openDatabase({ url });
  await migrateDatabase(database);
  onTestFinished(() => database.close());
  return Object.assign(database, { url });
}
