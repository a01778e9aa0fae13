import { eq } from 'drizzle-orm';
import type { Secret } from '../config';
import { seal, unseal } from '../crypto/seal';
import { auditKeyOf } from '../crypto/derived-key';
import { rekeyAuditChain } from './audit-chain-key';
import { withAuditKey, withAuditSecrets } from './audit-scope';
import { appendAudit, verifyAudit } from './audit-store';
import type { Database } from './database';
import type { Executor } from './executor';
import { credential } from './schema';

export type CredentialSystem = 'netsuite' | 'procurify';

/** Seals and stores one system's credential set; the audit row names the fields changed, never their values. */
export async function saveCredentials(
  database: Database,
  system: CredentialSystem,
  values: Record<string, string>,
  masterKey: Secret,
  actor: string,
): Promise<void> {
  const updatedAt = new Date(database.clock.now()).toISOString();
  const sealed = seal(JSON.stringify(values), masterKey);
  await database.write(async (tx) => {
    await tx
      .insert(credential)
      .values({ system, sealed, updatedAt, updatedBy: actor })
      .onConflictDoUpdate({ target: credential.system, set: { sealed, updatedAt, updatedBy: actor } });
    await withAuditSecrets(Object.values(values), () =>
      appendAudit(tx, { action: 'credential_changed', actor, detail: { system, fields: Object.keys(values).sort() } }),
    );
  });
}

export async function loadCredentials(
  db: Executor,
  system: CredentialSystem,
  masterKey: Secret,
): Promise<{ values: Record<string, string>; updatedAt: string } | undefined> {
  const [row] = await db.select().from(credential).where(eq(credential.system, system));
  if (!row) return undefined;
  return { values: JSON.parse(unseal(row.sealed, masterKey)) as Record<string, string>, updatedAt: row.updatedAt };
}

/**
 * Re-seals every credential set under a new master key in one transaction (`mlc rotate-key`), and
 * re-keys the audit chain with it: verified under the old key first, so no tampering is laundered.
 */
export async function resealCredentials(database: Database, from: Secret, to: Secret, actor: string): Promise<number> {
  return database.write(async (tx) => {
    const verified = await verifyAudit(tx, { key: auditKeyOf(from) });
    if (!verified.ok) throw new Error(`The audit trail does not verify (${verified.reason}); the key was not rotated.`);
    const rows = await tx.select().from(credential);
    for (const row of rows) {
      await tx
        .update(credential)
        .set({ sealed: seal(unseal(row.sealed, from), to) })
        .where(eq(credential.system, row.system));
    }
    const newKey = auditKeyOf(to);
    await rekeyAuditChain(tx, newKey);
    await withAuditKey(newKey, () =>
      appendAudit(tx, { action: 'setting_changed', actor, detail: { setting: 'master_key', resealed: rows.length } }),
    );
    return rows.length;
  });
}
