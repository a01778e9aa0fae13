import { idList, type NetSuiteClient } from '../netsuite';
import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { Database } from '../store/database';
import { knownVersions } from '../store/poll-state';
import { currencyCodesOnce } from './currency-codes';
import { deliverChangedPage, deliverDeletedPage, type DeliveryContext } from './deliver-page';
import { CHANGED_FROM, DELETED_TYPE_NAMES } from './keyset-query';
import type { Clock } from '../time/clock';

// A replay reads its records from NetSuite again, so a fix made there without a save event (a
// mass update, an import) is what gets replayed. The rows go through the poller's own page
// delivery: the same snapshots, event ids and version rules as a poll of the same change.

/** `{ id, lm }` rows of the given records, in the order a poll page has them. */
export function recordRowsQuery(recordType: RecordType, ids: readonly string[]): string {
  const { table, filter } = CHANGED_FROM[recordType];
  return (
    `SELECT id, TO_CHAR(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM ${table} ` +
    `WHERE ${filter}id IN (${idList(ids)}) ORDER BY lastmodifieddate, id`
  );
}

/** DeletedRecord rows of the given ids (either spelling of the type; the delivery keeps the right one). */
export function deletedRowsOfQuery(ids: readonly string[]): string {
  const types = Object.keys(DELETED_TYPE_NAMES)
    .map((name) => `'${name}'`)
    .join(', ');
  return (
    `SELECT recordid AS id, type, TO_CHAR(deleteddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM deletedrecord ` +
    `WHERE UPPER(type) IN (${types}) AND recordid IN (${idList(ids)}) ORDER BY deleteddate, recordid`
  );
}

export interface RereadResult {
  /** Records NetSuite still holds: their newest version is now in the inbox (or was already). */
  found: string[];
  /** Records NetSuite deleted: their delete is now in the inbox. */
  deleted: string[];
  /** Records NetSuite has neither as a record nor as a delete (e.g. not visible to the relay's role). */
  missing: string[];
  /** Of `found`: those whose newer version NetSuite gave (the rest were current already). */
  newer: string[];
}

/**
 * Reads these records of one type from NetSuite and hands every version the relay does not hold
 * to the inbox (a few SuiteQL queries, one record read for the time zone). Throws when NetSuite
 * cannot be read.
 */
export async function rereadRecords(
  options: { client: NetSuiteClient; database: Database; clock: Clock; actor: string },
  recordType: RecordType,
  ids: readonly string[],
): Promise<RereadResult> {
  const context: DeliveryContext = { ...options, currencies: currencyCodesOnce(options.client) };
  const result: RereadResult = { found: [], deleted: [], missing: [], newer: [] };
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = (await options.client.suiteql(recordRowsQuery(recordType, chunk), { limit: 1000 })).items;
    const found = chunk.filter((id) => rows.some((row) => String(row.id) === id));
    const before = await knownVersions(options.database.db, recordType, found);
    if (rows.length > 0) await deliverChangedPage(context, recordType, rows);
    const after = await knownVersions(options.database.db, recordType, found);
    result.found.push(...found);
    result.newer.push(...found.filter((id) => after.get(id) !== before.get(id)));
    const absent = chunk.filter((id) => !found.includes(id));
    if (absent.length === 0) continue;
    const deletes = (await options.client.suiteql(deletedRowsOfQuery(absent), { limit: 1000 })).items.filter(
      (row) => DELETED_TYPE_NAMES[String(row.type).toUpperCase()] === recordType,
    );
    if (deletes.length > 0) await deliverDeletedPage(context, deletes);
    const deleted = new Set(deletes.map((row) => String(row.id)));
    result.deleted.push(...absent.filter((id) => deleted.has(id)));
    result.missing.push(...absent.filter((id) => !deleted.has(id)));
  }
  return result;
}
