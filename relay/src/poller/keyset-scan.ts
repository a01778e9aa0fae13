import type { NetSuiteClient, SuiteQlRow } from '../netsuite';
import type { KeysetCursor } from '../store/poll-state';
import { PAGE_SIZE } from './keyset-query';

export interface KeysetScanOptions {
  client: NetSuiteClient;
  query: (cursor: KeysetCursor) => string;
  start: KeysetCursor;
  /** Hands a page on (to the inbox); the cursor moves only after it resolves. */
  deliver: (rows: SuiteQlRow[]) => Promise<void>;
  saveCursor: (cursor: KeysetCursor) => Promise<void>;
  /** Checked between pages, so a stop ends a scan at a page boundary. */
  stopped?: () => boolean;
}

/** Page after page in (last-modified, id) order until a short page; answers the rows read. */
export async function scanKeyset(options: KeysetScanOptions): Promise<number> {
  let cursor = options.start;
  let rows = 0;
  while (!options.stopped?.()) {
    const page = await options.client.suiteql(options.query(cursor), { limit: PAGE_SIZE });
    const last = page.items.at(-1);
    if (!last) break;
    await options.deliver(page.items);
    rows += page.items.length;
    const next = { lastModified: String(last.lm), recordId: String(last.id) };
    if (next.lastModified === cursor.lastModified && next.recordId === cursor.recordId) break; // no progress
    await options.saveCursor(next);
    cursor = next;
    if (page.items.length < PAGE_SIZE) break;
  }
  return rows;
}

/** Keyset order of two cursors (wall time, then numeric id). */
export function compareCursors(a: KeysetCursor, b: KeysetCursor): number {
  if (a.lastModified !== b.lastModified) return a.lastModified < b.lastModified ? -1 : 1;
  return Number(a.recordId) - Number(b.recordId);
}
