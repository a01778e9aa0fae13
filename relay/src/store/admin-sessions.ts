import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Database } from './database';
import type { Executor } from './executor';
import { adminSession } from './schema';

// Admin page sessions in the database: a signed cookie counts only while its row is there and not
// revoked, so signing out holds after a restart and on every relay sharing a libSQL server.

export async function recordSession(
  database: Database,
  session: { id: string; userName: string; role: string; expiresAtMs: number },
  nowMs: number,
): Promise<void> {
  await database.write(async (tx) => {
    // Rows past their expiry serve no one: dropped as new ones come.
    await tx.delete(adminSession).where(lt(adminSession.expiresAtMs, nowMs));
    await tx.insert(adminSession).values({ ...session, createdAt: new Date(nowMs).toISOString() });
  });
}

/** The person behind a live, unrevoked session, if any. */
export async function activeSession(
  db: Executor,
  id: string,
  nowMs: number,
): Promise<{ userName: string; role: string } | undefined> {
  const [row] = await db
    .select({ userName: adminSession.userName, role: adminSession.role })
    .from(adminSession)
    .where(and(eq(adminSession.id, id), isNull(adminSession.revokedAt), gt(adminSession.expiresAtMs, nowMs)));
  return row;
}

export async function revokeSession(database: Database, id: string, nowMs: number): Promise<void> {
  await database.write((tx) =>
    tx
      .update(adminSession)
      .set({ revokedAt: new Date(nowMs).toISOString() })
      .where(eq(adminSession.id, id)),
  );
}
