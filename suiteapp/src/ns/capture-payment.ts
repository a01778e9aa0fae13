// afterSubmit on a vendor payment or bill credit: applying one changes the bills it pays without
// saving them (no user event runs on the bill), so each bill it names, before or after the change,
// is sent as a fresh `edit` snapshot. Its version is the later of the bill's last-modified time and
// the payment's (or, for a delete, now): the payment is what changed.
import * as log from 'N/log';
import type * as record from 'N/record';
import { laterOf } from '../lib/bill-payments';
import { buildEnvelope } from '../lib/event-envelope';
import { timestampString } from '../lib/field-values';
import type { EventEnvelope, VendorBillSnapshot } from '../lib/snapshot-types';
import { loadSnapshot } from './load-snapshot';

export function billEnvelopesForPayment(
  type: string,
  newRecord: record.Record | null,
  oldRecord: record.Record | null,
  now: Date,
): EventEnvelope[] {
  const bills = new Set([...billsApplied(oldRecord), ...billsApplied(type === 'delete' ? null : newRecord)]);
  const changedAt =
    type === 'delete' || !newRecord
      ? timestampString(null, now)
      : timestampString(newRecord.getValue({ fieldId: 'lastmodifieddate' }), now);
  const envelopes: EventEnvelope[] = [];
  for (const billId of bills) {
    const snapshot = loadBill(billId);
    if (!snapshot) continue;
    const versioned = { ...snapshot, lastModified: laterOf(snapshot.lastModified, changedAt) };
    envelopes.push(
      buildEnvelope({
        recordType: 'vendorbill',
        recordId: billId,
        action: 'edit',
        source: 'userevent',
        snapshot: versioned,
        now,
      }),
    );
  }
  return envelopes;
}

/** A bill deleted meanwhile has nothing to report (its own delete event said so). */
function loadBill(billId: string): VendorBillSnapshot | null {
  try {
    return loadSnapshot('vendorbill', billId);
  } catch (error) {
    log.audit({ title: 'mlc bill of a payment not loaded', details: `${billId}: ${String(error)}` });
    return null;
  }
}

/** The bills on the `apply` sublist (applied or not: unapplying one changes that bill too). */
function billsApplied(payment: record.Record | null): string[] {
  if (!payment) return [];
  const ids: string[] = [];
  const lines = payment.getLineCount({ sublistId: 'apply' });
  for (let line = 0; line < lines; line += 1) {
    const id = payment.getSublistValue({ sublistId: 'apply', fieldId: 'doc', line });
    if (id !== null && id !== undefined && String(id) !== '') ids.push(String(id));
  }
  return ids;
}
