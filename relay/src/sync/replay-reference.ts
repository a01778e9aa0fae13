import type { ProcurifyClient } from '../procurify';
import type { Database } from '../store/database';
import { refreshProcurifyReference, type ProcurifyList } from './reference-refresh';
import type { Clock } from '../time/clock';

// A replay first re-reads the Procurify lists its record's last problem depended on: the fix was
// probably made there a moment ago, and the hourly refresh would see it only later.

/** The lists each issue code's fix lives in; other codes (a vendor not synced, a name too long) need none. */
const LISTS_BY_ISSUE: Record<string, readonly ProcurifyList[]> = {
  unmapped_gl_account: ['account_code', 'account'],
  unmapped_department: ['department', 'account'],
  no_procurify_account: ['account_code', 'department', 'account'],
  unmapped_currency: ['currency'],
};

/** The Procurify lists that the records' last issues depended on, each named once. */
export function listsForIssues(issues: readonly { code: string }[]): ProcurifyList[] {
  return [...new Set(issues.flatMap((issue) => LISTS_BY_ISSUE[issue.code] ?? []))];
}

/**
 * A refresh that started this recently also serves the next replay: bulk replays and clicks in a
 * row cost one read of each list, while a fix someone goes and makes in Procurify takes longer.
 */
export const REPLAY_REFRESH_FRESH_MS = 5_000;

export interface TargetedRefresh {
  /** Reads the lists not read by a replay in the last few seconds; resolves with those read and whether any changed. */
  refresh(lists: readonly ProcurifyList[], actor: string): Promise<{ read: ProcurifyList[]; changed: boolean }>;
}

export function createTargetedRefresh(options: {
  client: ProcurifyClient;
  database: Database;
  clock: Clock;
  freshMs?: number;
}): TargetedRefresh {
  const freshMs = options.freshMs ?? REPLAY_REFRESH_FRESH_MS;
  // Per list: when the last replay's read of it started, and that read (shared while in flight).
  const last = new Map<ProcurifyList, { at: number; read: Promise<boolean> }>();
  return {
    async refresh(lists, actor) {
      const at = options.clock.now();
      const stale = lists.filter((list) => {
        const previous = last.get(list);
        return !previous || at - previous.at >= freshMs;
      });
      const joined = lists.filter((list) => !stale.includes(list)).map((list) => last.get(list)!.read);
      let read: Promise<boolean> = Promise.resolve(false);
      if (stale.length > 0) {
        read = refreshProcurifyReference(options.client, options.database, actor, stale).then(
          (result) => result.changed,
        );
        // A failed read is not fresh: the next replay tries again.
        read.catch(() => {
          for (const list of stale) if (last.get(list)?.read === read) last.delete(list);
        });
        for (const list of stale) last.set(list, { at, read });
      }
      // A change found by a read this replay joined was acted on by the replay that started it.
      const [changed] = await Promise.all([read, ...joined]);
      return { read: stale, changed: changed! };
    },
  };
}
