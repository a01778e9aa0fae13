import { isNotNull } from 'drizzle-orm';
import type { Database } from './database';
import { syncRecord, writeback } from './schema';

/**
 * Frees every lease in the work and writeback queues; answers how many there were. Only for an
 * embedded database file, whose one relay is the only lease holder: at start, any lease left there
 * belongs to a predecessor that was killed mid-job, and would otherwise hold its records for the
 * whole lease (5 minutes for records, 2 for writebacks). Re-running such a job is safe: unknown
 * outcomes are looked up in Procurify before any write is repeated.
 */
export async function releaseOrphanedLeases(database: Database): Promise<number> {
  return database.write(async (tx) => {
    const free = { leaseOwner: null, leaseUntilMs: null };
    const records = await tx
      .update(syncRecord)
      .set(free)
      .where(isNotNull(syncRecord.leaseOwner))
      .returning({ id: syncRecord.recordId });
    const writebacks = await tx
      .update(writeback)
      .set(free)
      .where(isNotNull(writeback.leaseOwner))
      .returning({ id: writeback.recordId });
    return records.length + writebacks.length;
  });
}
