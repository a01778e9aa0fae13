import { idList, type SuiteQlRow } from '../netsuite';
import { HttpError } from '../transport';
import { appliedAmount } from '../../../suiteapp/src/lib/bill-payments';
import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';
import { billsListingPayments, knownVersions } from '../store/poll-state';
import { handOver, pollEventId, type DeliveryContext, type DeliveryCount } from './deliver-page';
import { resolveInstants } from './instant-resolver';
import { readTransactionSnapshots } from './transaction-snapshots';
import { isoInstant } from './wall-time';

// Vendor payments and bill credits → fresh snapshots of the bills they touch. Applying, changing or
// voiding a payment changes its bills without saving them, so a bill's version is the later of its
// own last-modified time and its payments' (suiteapp/src/lib/bill-payments.ts). The bills are those
// the payment links to now (NextTransactionLineLink, link type `Payment`), and those whose snapshot
// the relay holds lists it (a voided or deleted payment links to nothing any more). Only bills the
// relay knows are followed: a payment of a bill it never saw has nothing to update.

const REST_TYPES: Record<string, string> = { VendPymt: 'vendorPayment', VendCred: 'vendorCredit' };

export async function deliverPaymentPage(
  context: DeliveryContext,
  rows: readonly SuiteQlRow[],
): Promise<DeliveryCount> {
  const walls = rows.map((row) => ({ id: String(row.id), lm: String(row.lm), type: String(row.type) }));
  // A payment version an earlier poll followed (the overlap reads it again) costs nothing more.
  const fresh = walls.filter((row) => context.instants?.get('vendorbill', paymentKey(row.id), row.lm) === undefined);
  if (fresh.length === 0) return { accepted: 0, duplicates: 0, known: rows.length };
  const instants = await paymentInstants(context, fresh);
  const changedAt = new Map(fresh.map((row, index) => [row.id, isoInstant(instants[index]!)]));
  const touched = await billsTouchedBy(context, [...changedAt.keys()]);
  const envelopes = await billEnvelopes(context, touched, changedAt, (billId, lastModified) =>
    pollEventId('vendorbill', billId, lastModified),
  );
  const count = await handOver(context, envelopes, Math.max(0, rows.length - envelopes.length));
  // Remembered only once its bills are in the inbox.
  fresh.forEach((row, index) => context.instants?.set('vendorbill', paymentKey(row.id), row.lm, instants[index]!));
  return count;
}

const paymentKey = (id: string) => `payment-${id}`;

/** Bill events for deleted payments and credits (DeletedRecord rows), versioned at the time the poll saw them. */
export async function billEventsForDeletedPayments(
  context: DeliveryContext,
  rows: readonly SuiteQlRow[],
): Promise<EventEnvelope[]> {
  if (rows.length === 0) return [];
  const observedAt = isoInstant(context.clock.now());
  const changedAt = new Map(rows.map((row) => [String(row.id), observedAt]));
  const touched = await billsTouchedBy(context, [...changedAt.keys()], false);
  const deletedAt = new Map(rows.map((row) => [String(row.id), String(row.lm)]));
  return billEnvelopes(
    context,
    touched,
    changedAt,
    (billId, _lastModified, paymentId) =>
      `poll:vendorbill:${billId}:payment-deleted:${paymentId}:${deletedAt.get(paymentId)}`,
  );
}

/** Each payment's instant, read back from its record (vendorPayment or vendorCredit). */
function paymentInstants(
  context: DeliveryContext,
  rows: { id: string; lm: string; type: string }[],
): Promise<number[]> {
  const types = new Map(rows.map((row) => [row.id, REST_TYPES[row.type] ?? 'vendorPayment']));
  return resolveInstants(rows, async (id) => {
    try {
      const record = await context.client.getRecord(types.get(id)!, id);
      const at = Date.parse(String(record.lastModifiedDate));
      return Number.isNaN(at) ? null : at;
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) return null;
      throw error;
    }
  });
}

/**
 * The known bills these payments touch, each with the relay's current version of the bill. A bill
 * whose held snapshot already shows the payment as it now applies (the user event sent it, or the
 * bill scan read it) is left out; one it lists but the payment no longer pays (voided, unapplied,
 * deleted) is in.
 */
async function billsTouchedBy(
  context: DeliveryContext,
  paymentIds: string[],
  linked = true,
): Promise<Map<string, { paymentIds: string[]; held: string }>> {
  const listed = await billsListingPayments(context.database.db, paymentIds);
  const shows = (bill: string, payment: string, amount: string) =>
    listed.get(bill)?.payments.some((entry) => entry.id === payment && entry.amount === amount) ?? false;
  const pairs: [string, string][] = [];
  const stillLinked = new Set<string>();
  if (linked && paymentIds.length > 0) {
    const links = await context.client.suiteql(
      'SELECT previousdoc AS bill, nextdoc AS payment, foreignamount FROM nexttransactionlinelink ' +
        `WHERE nextdoc IN (${idList(paymentIds)}) AND linktype = 'Payment'`,
      { limit: 1000 },
    );
    for (const row of links.items) {
      const [bill, payment] = [String(row.bill), String(row.payment)];
      stillLinked.add(`${bill}:${payment}`);
      if (!shows(bill, payment, appliedAmount(row.foreignamount))) pairs.push([bill, payment]);
    }
  }
  for (const [bill, { payments }] of listed) {
    for (const { id } of payments) if (!stillLinked.has(`${bill}:${id}`)) pairs.push([bill, id]);
  }
  const held = await knownVersions(context.database.db, 'vendorbill', [...new Set(pairs.map(([bill]) => bill))]);
  const touched = new Map<string, { paymentIds: string[]; held: string }>();
  for (const [bill, payment] of pairs) {
    const version = held.get(bill);
    if (version === undefined) continue;
    const entry = touched.get(bill) ?? { paymentIds: [], held: version };
    if (!entry.paymentIds.includes(payment)) entry.paymentIds.push(payment);
    touched.set(bill, entry);
  }
  return touched;
}

/** Fresh bill snapshots for the touched bills whose payment changed after the version the relay holds. */
async function billEnvelopes(
  context: DeliveryContext,
  touched: Map<string, { paymentIds: string[]; held: string }>,
  changedAt: Map<string, string>,
  eventId: (billId: string, lastModified: string, paymentId: string) => string,
): Promise<EventEnvelope[]> {
  const versions = new Map<string, string>();
  const cause = new Map<string, string>();
  for (const [billId, { paymentIds, held }] of touched) {
    for (const paymentId of paymentIds) {
      const at = changedAt.get(paymentId);
      if (!at || Date.parse(at) <= Date.parse(versions.get(billId) ?? held)) continue;
      versions.set(billId, at);
      cause.set(billId, paymentId);
    }
  }
  if (versions.size === 0) return [];
  const currencies = await context.currencies();
  const snapshots = await readTransactionSnapshots(context.client, 'vendorbill', currencies, versions);
  return [...snapshots].map(([billId, snapshot]) => ({
    schemaVersion: 1,
    eventId: eventId(billId, snapshot.lastModified, cause.get(billId)!),
    occurredAt: snapshot.lastModified,
    recordType: 'vendorbill',
    recordId: billId,
    action: 'edit',
    source: 'poll',
    snapshot,
  }));
}
