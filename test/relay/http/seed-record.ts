import { sql } from 'drizzle-orm';
import type { Database } from '../../../relay/src/store/database';

// A record stored as the worker leaves it (processed, nothing waiting), written straight into
// `sync_record` through the database's write queue: for tests of what the relay answers about
// records, run without the worker or the simulators (the bare relay, or a temp database).

export interface SeededRecord {
  recordType: string;
  recordId: string;
  status: string;
  message?: string;
  issues?: unknown[];
  /** The version's time and the row's; now unless given. */
  at?: string;
}

export async function seedRecord(database: Pick<Database, 'write'>, record: SeededRecord): Promise<void> {
  const at = record.at ?? new Date().toISOString();
  const { recordType, recordId, status } = record;
  const issues = JSON.stringify(record.issues ?? []);
  await database.write((tx) =>
    tx.run(sql`insert into sync_record (record_type, record_id, status, message, issues, action, version_occurred_at,
      dirty, next_attempt_at_ms, created_at, updated_at)
      values (${recordType}, ${recordId}, ${status}, ${record.message ?? null}, ${issues}, 'edit', ${at}, 0, 0, ${at}, ${at})`),
  );
}
