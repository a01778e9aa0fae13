import type { NetSuiteClient } from '../netsuite';
import type { BillRead, OptimizedVendor, ProcurifyClient } from '../procurify';
import type { Database } from '../store/database';
import { getRecord } from '../store/records';
import { vendorExternalId } from '../sync/mapping';
import { createReferenceCache, type MappingContext } from '../sync/reference-cache';
import { netsuiteBillView, procurifyBillView } from './bill-views';
import { codeThroughMapping } from './coding';
import { matchBills, type BillComparison, type Classification } from './match-bills';
import { readNetSuiteBills, readNetSuiteVendors } from './netsuite-side';
import type { Period } from './period';
import { readProcurifyBill, readProcurifyBills, readProcurifyVendors } from './procurify-side';
import { loadSubsidiaries } from './subsidiaries';
import type { Subsidiary } from './subsidiary-choice';
import { accountTotals, currencyTotals, type AccountTotal, type CurrencyTotal } from './totals';
import { vendorDrift, type VendorDrift } from './vendor-drift';
import { systemClock, type Clock } from '../time/clock';

export interface ReconciliationReport {
  period: Period;
  subsidiaryId: string | null;
  /** The subsidiary by id and name, when the report is limited to one. */
  subsidiary: Subsidiary | null;
  generatedAt: string;
  counts: Record<Classification, number>;
  totals: CurrencyTotal[];
  byAccount: AccountTotal[];
  bills: BillComparison[];
  vendors: VendorDrift[];
  /** Bills whose paid status differs between the two systems (`payment_status_drift`). */
  paymentDrift: { netsuiteId: string; invoice: string; vendor: string; message: string }[];
}

export interface ReconcileDeps {
  database: Database;
  netsuite: NetSuiteClient;
  procurify: ProcurifyClient;
  /** NetSuite account id as runtime.accountId gives it (the vendor external_id prefix). */
  accountId: string;
  /** The reference data and mappings the sync codes bills with (the relay's cache); read afresh without it. */
  mapping?: () => Promise<MappingContext>;
  clock?: Clock;
}

type RelayRecord = { status: string; procurifyId: string | null; message: string | null };

/** Reads both systems for the period and compares them bill by bill, by GL account × department, and vendor by vendor. */
export async function buildReconciliation(
  deps: ReconcileDeps,
  period: Period,
  options: { subsidiaryId?: string } = {},
): Promise<ReconciliationReport> {
  const subsidiaryId = options.subsidiaryId ?? null;
  const [netsuiteBills, netsuiteVendors, procurifyVendors, listedBills, mapping, subsidiaries] = await Promise.all([
    readNetSuiteBills(deps.netsuite, period),
    readNetSuiteVendors(deps.netsuite),
    readProcurifyVendors(deps.procurify),
    readProcurifyBills(deps.procurify, period),
    deps.mapping ? deps.mapping() : createReferenceCache(deps.database).get(),
    loadSubsidiaries(deps.database.db),
  ]);
  const vendorsInScope = netsuiteVendors.filter((v) => !subsidiaryId || v.subsidiary?.id === subsidiaryId);
  const billsInScope = netsuiteBills.filter((bill) => !subsidiaryId || bill.subsidiary.id === subsidiaryId);

  const billRecords = await relayRecords(
    deps.database,
    'vendorbill',
    billsInScope.map((bill) => bill.id),
  );
  const vendorRecords = await relayRecords(
    deps.database,
    'vendor',
    netsuiteVendors.map((vendor) => vendor.id),
  );
  const procurifyBills = await withStoredBills(deps.procurify, listedBills, billRecords);
  const vendorIds = procurifyVendorIds(deps.accountId, procurifyVendors, vendorRecords, mapping.vendorLinks);
  const coding = { refs: mapping.refs, overrides: mapping.overrides, accountId: deps.accountId };
  const netsuiteViews = billsInScope.map((bill) => codeThroughMapping(netsuiteBillView(bill), coding));

  const inScope = new Set(vendorsInScope.map((vendor) => vendor.id));
  const netsuiteVendorOf = new Map([...vendorIds].map(([netsuiteId, procurifyId]) => [procurifyId, netsuiteId]));
  const comparisons = matchBills(netsuiteViews, procurifyBills.map(procurifyBillView), {
    relayRecord: (id) => billRecords.get(id),
    procurifyVendorId: (id) => vendorIds.get(id),
  }).filter(
    // With a subsidiary, a Procurify-only bill belongs to it when its vendor is one of the subsidiary's.
    (comparison) =>
      !subsidiaryId ||
      comparison.netsuite !== undefined ||
      inScope.has(netsuiteVendorOf.get(comparison.procurify!.vendorId) ?? ''),
  );

  const counts = { matched: 0, amount_differs: 0, only_netsuite: 0, only_procurify: 0, skipped: 0 };
  for (const comparison of comparisons) counts[comparison.classification] += 1;
  return {
    period,
    subsidiaryId,
    subsidiary: subsidiaryId ? subsidiaryOf(subsidiaryId, subsidiaries, billsInScope) : null,
    generatedAt: new Date((deps.clock ?? systemClock).now()).toISOString(),
    counts,
    totals: currencyTotals(comparisons),
    byAccount: accountTotals(comparisons),
    bills: comparisons,
    vendors: vendorDrift(vendorsInScope, procurifyVendors, {
      accountId: deps.accountId,
      relayRecord: (id) => vendorRecords.get(id),
    }),
    paymentDrift: comparisons.flatMap((comparison) =>
      comparison.paymentDrift && comparison.netsuite
        ? [
            {
              netsuiteId: comparison.netsuite.id,
              invoice: comparison.netsuite.tranId,
              vendor: comparison.netsuite.vendorName,
              message: comparison.paymentDrift,
            },
          ]
        : [],
    ),
  };
}

/** The relay's record of each id; one indexed lookup apiece (a month holds hundreds of bills, not millions). */
async function relayRecords(database: Database, recordType: string, ids: string[]): Promise<Map<string, RelayRecord>> {
  const records = new Map<string, RelayRecord>();
  for (const recordId of ids) {
    const row = await getRecord(database.db, { recordType, recordId });
    if (row) records.set(recordId, { status: row.status, procurifyId: row.procurifyId, message: row.message });
  }
  return records;
}

/** A bill the relay wrote may carry an invoice date outside the period in Procurify: read it by its uuid. */
async function withStoredBills(
  client: ProcurifyClient,
  listed: BillRead[],
  records: ReadonlyMap<string, RelayRecord>,
): Promise<BillRead[]> {
  const known = new Set(listed.map((bill) => bill.uuid));
  const bills = [...listed];
  for (const record of records.values()) {
    if (!record.procurifyId || known.has(record.procurifyId)) continue;
    const bill = await readProcurifyBill(client, record.procurifyId);
    if (bill) {
      bills.push(bill);
      known.add(bill.uuid);
    }
  }
  return bills;
}

/** The subsidiary's name from the reference data, else from a bill of the period, else its id. */
function subsidiaryOf(
  id: string,
  known: readonly Subsidiary[],
  bills: readonly { subsidiary: { id: string; name: string } }[],
): Subsidiary {
  const name =
    known.find((subsidiary) => subsidiary.id === id)?.name ??
    bills.find((bill) => bill.subsidiary.name)?.subsidiary.name;
  return { id, name: name || `Subsidiary ${id}` };
}

/** NetSuite vendor id → Procurify vendor id: the relay's synced record first, then a link made by hand, then the external_id. */
function procurifyVendorIds(
  accountId: string,
  procurifyVendors: readonly OptimizedVendor[],
  records: ReadonlyMap<string, RelayRecord>,
  links: ReadonlyMap<string, number>,
): Map<string, number> {
  const ids = new Map<string, number>();
  const prefix = vendorExternalId(accountId, '');
  for (const vendor of procurifyVendors) {
    if (vendor.external_id?.startsWith(prefix)) ids.set(vendor.external_id.slice(prefix.length), vendor.id);
  }
  for (const [netsuiteId, procurifyId] of links) ids.set(netsuiteId, procurifyId);
  for (const [netsuiteId, record] of records) {
    if (record.procurifyId && ['synced', 'linked'].includes(record.status))
      ids.set(netsuiteId, Number(record.procurifyId));
  }
  return ids;
}
