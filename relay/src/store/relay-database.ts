import type { Config } from '../config';
import { ensureKeyedChain } from './audit-chain-key';
import type { AuditContext } from './audit-scope';
import { migrateDatabase, openDatabase, type Database } from './database';
import { embeddedFilePath, ensureDatabaseFile } from './database-file';
import { acquireDatabaseLock, type DatabaseLock } from './database-lock';

/**
 * The relay's database, migrated. An embedded file is locked first (one relay per file) and, in
 * production, must already exist: `mlc init` creates it, so a lost database never passes for a new one.
 */
export async function openRelayDatabase(
  config: Config,
  audit: AuditContext & { key: Buffer },
): Promise<{ database: Database; lock: DatabaseLock | undefined }> {
  const create = config.env !== 'production';
  const file = embeddedFilePath(config.database.url);
  if (file) ensureDatabaseFile(file, { create });
  const lock = file ? acquireDatabaseLock(file, audit.clock) : undefined;
  let database: Database | undefined;
  try {
    database = await openDatabase({ ...config.database, create, audit });
    await migrateDatabase(database);
    // Entries from here on are keyed: someone who can write the file but lacks the key cannot rewrite them.
    await database.write((tx) => ensureKeyedChain(tx, audit.key));
    return { database, lock };
  } catch (error) {
    database?.close();
    lock?.release();
    throw error;
  }
}
