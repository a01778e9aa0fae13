import type { NetSuiteClient, SuiteQlRow } from '../netsuite';
import { HttpError } from '../transport';
import type { EventEnvelope, RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { Database } from '../store/database';
import { acceptEvents } from '../store/inbox';
import { knownVersions } from '../store/poll-state';
import type { CurrencyCodes } from './currency-codes';
import type { InstantCache } from './instant-cache';
import { resolveInstants, type WallRow } from './instant-resolver';
import { predictOutcomes, type OutcomeCounts, type PredictOutcome } from './outcome-counts';
import { billEventsForDeletedPayments } from './deliver-payments';
import { DELETED_PAYMENT_TYPES, DELETED_TYPE_NAMES } from './keyset-query';
import { readTransactionSnapshots } from './transaction-snapshots';
import { readVendorSnapshots } from './vendor-snapshots';
import { isoInstant } from './wall-time';
import type { Clock } from '../time/clock';

// One page of changed ids (or DeletedRecord rows) → events in the inbox, with deterministic event
// ids per record version, so reading the same version again is a duplicate.

export interface DeliveryContext {
  client: NetSuiteClient;
  database: Database;
  /** The currency codes of this run, read on first use. */
  currencies: () => Promise<CurrencyCodes>;
  clock: Clock;
  /** `poller` or `backfill`: the audit actor. */
  actor: string;
  /** Instants resolved by earlier polls, so re-reading the overlap costs no record reads. */
  instants?: InstantCache;
  /** Build the events but hand nothing to the inbox (backfill dry run). */
  dryRun?: boolean;
  /** In a dry run: what each event would lead to, counted per outcome (absent: no prediction). */
  dryRunOutcome?: PredictOutcome;
}

export interface DeliveryCount {
  accepted: number;
  duplicates: number;
  /** Versions the relay already held (captured by a user event), not sent again. */
  known: number;
  /** Dry run only: events per predicted outcome, and per `<outcome>:<reason code>`. */
  outcomes?: OutcomeCounts;
}

const REST_TYPES: Record<RecordType, string> = {
  vendor: 'vendor',
  vendorbill: 'vendorBill',
  purchaseorder: 'purchaseOrder',
};

export function pollEventId(recordType: RecordType, recordId: string, lastModified: string): string {
  return `poll:${recordType}:${recordId}:${lastModified}`;
}

function fetchInstant(client: NetSuiteClient, recordType: RecordType) {
  return async (id: string): Promise<number | null> => {
    try {
      const record = await client.getRecord(REST_TYPES[recordType], id);
      const at = Date.parse(String(record.lastModifiedDate));
      return Number.isNaN(at) ? null : at;
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) return null;
      throw error;
    }
  };
}

export async function handOver(
  context: DeliveryContext,
  envelopes: EventEnvelope[],
  known: number,
): Promise<DeliveryCount> {
  if (context.dryRun) {
    const outcomes = context.dryRunOutcome ? await predictOutcomes(context.dryRunOutcome, envelopes) : undefined;
    return { accepted: envelopes.length, duplicates: 0, known, ...(outcomes ? { outcomes } : {}) };
  }
  if (envelopes.length === 0) return { accepted: 0, duplicates: 0, known };
  const result = await acceptEvents(context.database, envelopes, {
    actor: context.actor,
    receivedAtMs: context.clock.now(),
  });
  return { accepted: result.accepted.length, duplicates: result.duplicates.length, known };
}

async function readSnapshots(context: DeliveryContext, recordType: RecordType, versions: Map<string, string>) {
  const currencies = await context.currencies();
  return recordType === 'vendor'
    ? readVendorSnapshots(context.client, currencies, versions)
    : readTransactionSnapshots(context.client, recordType, currencies, versions);
}

/** Each row's instant: from earlier polls where the same version was resolved, else read back. */
async function instantsOf(context: DeliveryContext, recordType: RecordType, rows: WallRow[]): Promise<number[]> {
  const known = rows.map((row) => context.instants?.get(recordType, row.id, row.lm));
  const unknown = rows.filter((_row, index) => known[index] === undefined);
  const resolved = await resolveInstants(unknown, fetchInstant(context.client, recordType));
  let next = 0;
  return rows.map((row, index) => {
    const instant = known[index] ?? resolved[next++]!;
    context.instants?.set(recordType, row.id, row.lm, instant);
    return instant;
  });
}

export async function deliverChangedPage(
  context: DeliveryContext,
  recordType: RecordType,
  rows: readonly SuiteQlRow[],
): Promise<DeliveryCount> {
  const wallRows = rows.map((row) => ({ id: String(row.id), lm: String(row.lm) }));
  const instants = await instantsOf(context, recordType, wallRows);
  const held = await knownVersions(
    context.database.db,
    recordType,
    wallRows.map((row) => row.id),
  );
  const versions = new Map<string, string>();
  wallRows.forEach((row, index) => {
    const lastModified = isoInstant(instants[index]!);
    const heldVersion = held.get(row.id);
    if (heldVersion === undefined || Date.parse(heldVersion) < Date.parse(lastModified))
      versions.set(row.id, lastModified);
  });
  const snapshots = versions.size === 0 ? new Map<string, never>() : await readSnapshots(context, recordType, versions);
  const envelopes: EventEnvelope[] = [];
  for (const [id, snapshot] of snapshots) {
    envelopes.push({
      schemaVersion: 1,
      eventId: pollEventId(recordType, id, snapshot.lastModified),
      occurredAt: snapshot.lastModified,
      recordType,
      recordId: id,
      action: 'edit',
      source: 'poll',
      snapshot,
    });
  }
  return handOver(context, envelopes, rows.length - versions.size);
}

/**
 * DeletedRecord rows → `delete` events for records the relay knows (a record it never saw has
 * nothing to undo). occurredAt is when the poll saw the delete: always after every version of the
 * record, so the delete wins the inbox's ordering without knowing NetSuite's time zone.
 */
export async function deliverDeletedPage(
  context: DeliveryContext,
  rows: readonly SuiteQlRow[],
): Promise<DeliveryCount> {
  const envelopes: EventEnvelope[] = [];
  const observedAt = isoInstant(context.clock.now());
  for (const [recordType, group] of groupDeletes(rows)) {
    const held = await knownVersions(
      context.database.db,
      recordType,
      group.map((row) => String(row.id)),
    );
    for (const row of group) {
      const id = String(row.id);
      if (!held.has(id)) continue;
      envelopes.push({
        schemaVersion: 1,
        eventId: `poll:delete:${recordType}:${id}:${String(row.lm)}`,
        occurredAt: observedAt,
        recordType,
        recordId: id,
        action: 'delete',
        source: 'poll',
        snapshot: null,
      });
    }
  }
  // A deleted payment or credit changes the bills it paid: they are sent again, with what NetSuite now says.
  const payments = rows.filter((row) => DELETED_PAYMENT_TYPES.has(String(row.type).toUpperCase()));
  envelopes.push(...(await billEventsForDeletedPayments(context, payments)));
  return handOver(context, envelopes, Math.max(0, rows.length - envelopes.length));
}

function groupDeletes(rows: readonly SuiteQlRow[]): Map<RecordType, SuiteQlRow[]> {
  const groups = new Map<RecordType, SuiteQlRow[]>();
  for (const row of rows) {
    const recordType = DELETED_TYPE_NAMES[String(row.type).toUpperCase()];
    if (!recordType) continue;
    groups.set(recordType, [...(groups.get(recordType) ?? []), row]);
  }
  return groups;
}
