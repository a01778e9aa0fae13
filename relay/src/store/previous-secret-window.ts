import { eq } from 'drizzle-orm';
import type { Database } from './database';
import { setting } from './schema';

const KEY = 'event_secret_previous_until';

/**
 * When the previous event secret stops being accepted, if MLC_EVENT_SECRET_PREVIOUS_UNTIL does not
 * say: `windowMs` after a relay first saw this previous secret. Kept in the database by the
 * secret's keyed fingerprint, so restarts do not reopen the window and a new previous secret gets
 * a window of its own.
 */
export async function previousSecretDeadline(
  database: Database,
  fingerprint: string,
  options: { nowMs: number; windowMs: number },
): Promise<number> {
  return database.write(async (tx) => {
    const [row] = await tx.select().from(setting).where(eq(setting.key, KEY));
    const stored = row ? (JSON.parse(row.value) as { fingerprint?: string; untilMs?: number }) : undefined;
    if (stored?.fingerprint === fingerprint && typeof stored.untilMs === 'number') return stored.untilMs;
    const untilMs = options.nowMs + options.windowMs;
    const values = {
      value: JSON.stringify({ fingerprint, untilMs }),
      updatedAt: new Date(options.nowMs).toISOString(),
      updatedBy: 'relay',
    };
    await tx
      .insert(setting)
      .values({ key: KEY, ...values })
      .onConflictDoUpdate({ target: setting.key, set: values });
    return untilMs;
  });
}
