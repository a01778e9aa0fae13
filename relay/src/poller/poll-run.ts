import type { NetSuiteClient } from '../netsuite';
import type { Database } from '../store/database';
import { readCursor, saveCursor, type KeysetCursor } from '../store/poll-state';
import { currencyCodesOnce } from './currency-codes';
import type { InstantCache } from './instant-cache';
import type { DeliveryContext } from './deliver-page';
import { newestChangeQuery } from './keyset-query';
import { compareCursors, scanKeyset } from './keyset-scan';
import { deliverScopePage, scopeQuery, SCOPES, type Scope } from './scopes';
import { msToWall, wallToMs } from './wall-time';
import type { Clock } from '../time/clock';

export interface PollRunOptions {
  client: NetSuiteClient;
  database: Database;
  overlapMs: number;
  clock: Clock;
  stopped?: () => boolean;
  /** Kept by the poller from one poll to the next. */
  instants?: InstantCache;
}

export interface ScopeCount {
  scanned: number;
  accepted: number;
  duplicates: number;
  known: number;
}

/**
 * One poll of every scope: from each saved watermark minus the overlap (clock and time-zone
 * uncertainty; re-read versions are duplicates), page by page; a watermark moves only after its
 * page is in the inbox, and never backwards.
 */
export async function pollAllScopes(options: PollRunOptions): Promise<Record<Scope, ScopeCount>> {
  const context: DeliveryContext = { ...options, currencies: currencyCodesOnce(options.client), actor: 'poller' };
  const counts = {} as Record<Scope, ScopeCount>;
  for (const scope of SCOPES) {
    const name = `poll:${scope}`;
    let saved = await readCursor(options.database.db, name);
    if (!saved) {
      saved = await newestChange(options.client, scope);
      await saveCursor(options.database, name, saved, new Date(options.clock.now()));
    }
    const count: ScopeCount = { scanned: 0, accepted: 0, duplicates: 0, known: 0 };
    count.scanned = await scanKeyset({
      client: options.client,
      query: scopeQuery(scope),
      start: { lastModified: msToWall(wallToMs(saved.lastModified) - options.overlapMs), recordId: '0' },
      deliver: async (rows) => {
        const delivered = await deliverScopePage(context, scope, rows);
        count.accepted += delivered.accepted;
        count.duplicates += delivered.duplicates;
        count.known += delivered.known;
      },
      saveCursor: async (cursor) => {
        if (compareCursors(cursor, saved!) <= 0) return; // a page inside the overlap
        await saveCursor(options.database, name, cursor, new Date(options.clock.now()));
        saved = cursor;
      },
      stopped: options.stopped,
    });
    counts[scope] = count;
  }
  return counts;
}

/** A first poll starts at the newest change NetSuite holds; older history comes by backfill. */
async function newestChange(client: NetSuiteClient, scope: Scope): Promise<KeysetCursor> {
  const [row] = (await client.suiteql(newestChangeQuery(scope), { limit: 1 })).items;
  if (!row) return { lastModified: '1970-01-01T00:00:00', recordId: '0' };
  return { lastModified: String(row.lm), recordId: String(row.id) };
}
