import type { TransactionSnapshot, VendorSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import type { NetSuiteClient } from '../netsuite';
import { loadCurrencyCodes } from '../poller/currency-codes';
import { readTransactionSnapshots } from '../poller/transaction-snapshots';
import { readVendorSnapshots } from '../poller/vendor-snapshots';
import { suiteqlAll } from '../netsuite/suiteql-all';
import type { Period } from './period';

// NetSuite's side of the reconciliation: the vendor bills dated in the period (by transaction date;
// the simulator has no accounting periods) and every vendor, read over SuiteQL with the poller's
// snapshot builders, so both sides see the same fields the sync maps.

const CHUNK = 500;

export async function readNetSuiteBills(client: NetSuiteClient, period: Period): Promise<TransactionSnapshot[]> {
  const rows = await suiteqlAll(
    client,
    "SELECT t.id FROM transaction t WHERE t.type = 'VendBill' " +
      `AND t.trandate >= ${dateLiteral(period.from)} AND t.trandate <= ${dateLiteral(period.to)} ORDER BY t.id`,
  );
  const currencies = await loadCurrencyCodes(client);
  const bills: TransactionSnapshot[] = [];
  for (const ids of chunks(rows.map((row) => String(row.id)))) {
    const snapshots = await readTransactionSnapshots(client, 'vendorbill', currencies, versions(ids));
    bills.push(...snapshots.values());
  }
  return bills;
}

export async function readNetSuiteVendors(client: NetSuiteClient): Promise<VendorSnapshot[]> {
  const rows = await suiteqlAll(client, 'SELECT id FROM vendor ORDER BY id');
  const currencies = await loadCurrencyCodes(client);
  const vendors: VendorSnapshot[] = [];
  for (const ids of chunks(rows.map((row) => String(row.id)))) {
    vendors.push(...(await readVendorSnapshots(client, currencies, versions(ids))).values());
  }
  return vendors;
}

function dateLiteral(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(day)}`);
  return `TO_DATE('${day}', 'YYYY-MM-DD')`;
}

/** The snapshot builders want a version per id; the reconciliation does not use it. */
function versions(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id) => [id, '']));
}

function chunks(ids: readonly string[]): string[][] {
  const result: string[][] = [];
  for (let start = 0; start < ids.length; start += CHUNK) result.push(ids.slice(start, start + CHUNK));
  return result;
}
