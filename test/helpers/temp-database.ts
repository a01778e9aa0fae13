import path from 'node:path';
import { onTestFinished } from 'vitest';
import { migrateDatabase, openDatabase, type Database } from '../../relay/src/store/database';
import { systemClock, type Clock } from '../../relay/src/time/clock';
import { tempDir } from './temp-dir';

/**
 * A migrated libSQL file of its own for one test (never `:memory:`, which loses the schema across
 * transactions). Its audit has no key and redacts only the `secrets` given (none by default); its
 * clock is the system clock unless one is given.
 */
export async function tempDatabase(
  options: { secrets?: readonly string[]; clock?: Clock } = {},
): Promise<Database & { url: string }> {
  const url = `file:${path.join(tempDir('mlc-db-'), 'mlc.db')}`;
  const audit = { key: undefined, secrets: options.secrets ?? [], clock: options.clock ?? systemClock };
  const database = await openDatabase({ url, audit });
  await migrateDatabase(database);
  onTestFinished(() => database.close());
  return Object.assign(database, { url });
}
