import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { appendAudit } from './audit-store';
import { withAuditSecrets } from './audit-scope';
import type { Database } from './database';
import type { Executor } from './executor';
import { adminSession, adminUser } from './schema';

export interface StoredUser {
  name: string;
  role: string;
  createdAt: string;
  createdBy: string;
}

/** Tokens are 32 random bytes: a plain SHA-256 is enough to store them (nothing to brute-force). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export class UserExistsError extends Error {
  constructor(name: string) {
    super(`There is already a user named ${name}.`);
    this.name = 'UserExistsError';
  }
}

/** Adds a person with a fresh token, returned once and stored only as its hash; audited under `actor`. */
export async function addUser(
  database: Database,
  user: { name: string; role: string },
  actor: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const createdAt = new Date(database.clock.now()).toISOString();
  await database.write(async (tx) => {
    const [existing] = await tx.select({ name: adminUser.name }).from(adminUser).where(eq(adminUser.name, user.name));
    if (existing) throw new UserExistsError(user.name);
    await tx.insert(adminUser).values({ ...user, tokenHash: tokenHash(token), createdAt, createdBy: actor });
    await withAuditSecrets([token], () =>
      appendAudit(tx, { action: 'user_added', actor, detail: { name: user.name, role: user.role } }),
    );
  });
  return token;
}

/** The active person a token belongs to, if any. */
export async function findUserByToken(
  db: Executor,
  token: string,
): Promise<{ name: string; role: string } | undefined> {
  const [row] = await db
    .select({ name: adminUser.name, role: adminUser.role })
    .from(adminUser)
    .where(and(eq(adminUser.tokenHash, tokenHash(token)), isNull(adminUser.disabledAt)));
  return row;
}

export async function listUsers(db: Executor): Promise<StoredUser[]> {
  return db
    .select({
      name: adminUser.name,
      role: adminUser.role,
      createdAt: adminUser.createdAt,
      createdBy: adminUser.createdBy,
    })
    .from(adminUser)
    .where(isNull(adminUser.disabledAt))
    .orderBy(asc(adminUser.name));
}

/** Removes a person's access (their token and sessions); their audit entries stay. False when unknown. */
export async function removeUser(database: Database, name: string, actor: string): Promise<boolean> {
  const at = new Date(database.clock.now()).toISOString();
  return database.write(async (tx) => {
    const removed = await tx
      .update(adminUser)
      .set({ disabledAt: at })
      .where(and(eq(adminUser.name, name), isNull(adminUser.disabledAt)))
      .returning({ name: adminUser.name });
    if (removed.length === 0) return false;
    await tx
      .update(adminSession)
      .set({ revokedAt: at })
      .where(and(eq(adminSession.userName, name), isNull(adminSession.revokedAt)));
    await appendAudit(tx, { action: 'user_removed', actor, detail: { name } });
    return true;
  });
}
