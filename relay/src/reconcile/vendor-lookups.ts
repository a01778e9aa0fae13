import { listBills, type ProcurifyClient } from '../procurify';
import { createWorldReads, directSearches, type ProcurifySearches, type WorldReads } from '../sync/jobs/world-reader';
import { vendorExternalId } from '../sync/mapping';
import type { Database } from '../store/database';

// The world a backfill dry run reads, memoized for the run: Procurify is searched per vendor, never
// per bill. One external_id lookup per vendor, and one listing of a vendor's bills for the duplicate
// guard, however many bills name that vendor. Vendors this run would create count for their bills
// (with no bill in Procurify yet); a vendor waiting in the relay's queue counts as the run finds it.

export interface RunWorldReads extends WorldReads {
  /** This run would create the vendor: its bills name it by the made-up id the recording client gave it. */
  vendorCreated(netsuiteVendorId: string, procurifyId: number): void;
}

export interface RunWorldDeps {
  database: Database;
  procurify: ProcurifyClient;
  settings: { accountId: string };
}

export function createRunWorldReads(deps: RunWorldDeps): RunWorldReads {
  const created = new Map<string, number>();
  const createdIds = new Set<number>();
  const searches = cachedSearches(deps.procurify, createdIds);
  const reads = createWorldReads(deps, searches);
  return {
    ...reads,
    async billVendor(netsuiteVendorId) {
      const known = await reads.billVendor(netsuiteVendorId);
      if (known.kind === 'known') return known;
      // Nothing is stored in a dry run, so a queued vendor is never synced meanwhile: look it up instead.
      const found =
        known.kind === 'queued'
          ? await searches.vendorByExternalId(vendorExternalId(deps.settings.accountId, netsuiteVendorId))
          : undefined;
      if (found) return { kind: 'known', id: found.id };
      const id = created.get(netsuiteVendorId);
      return id === undefined ? { kind: 'absent' } : { kind: 'known', id };
    },
    vendorCreated(netsuiteVendorId, procurifyId) {
      created.set(netsuiteVendorId, procurifyId);
      createdIds.add(procurifyId);
    },
  };
}

function cachedSearches(procurify: ProcurifyClient, createdIds: ReadonlySet<number>): ProcurifySearches {
  const direct = directSearches(procurify);
  const vendors = new Map<string, ReturnType<ProcurifySearches['vendorByExternalId']>>();
  const invoices = new Map<number, Promise<Map<string, string>>>();

  async function listInvoices(vendorId: number): Promise<Map<string, string>> {
    const uuids = new Map<string, string>();
    for await (const bill of listBills(procurify, { vendor: vendorId })) {
      const invoice = (bill.invoice_number ?? '').trim();
      if (bill.vendor.id === vendorId && !uuids.has(invoice)) uuids.set(invoice, bill.uuid);
    }
    return uuids;
  }

  return {
    vendorByExternalId(externalId) {
      return remembered(vendors, externalId, () => direct.vendorByExternalId(externalId));
    },
    async billUuidWithInvoice(vendorId, invoiceNumber) {
      if (createdIds.has(vendorId)) return undefined;
      const uuids = await remembered(invoices, vendorId, () => listInvoices(vendorId));
      return uuids.get(invoiceNumber.trim());
    },
  };
}

/** A read made once per key for the run; a failed read is tried again, not remembered. */
function remembered<K, V>(cache: Map<K, Promise<V>>, key: K, read: () => Promise<V>): Promise<V> {
  let found = cache.get(key);
  if (!found) {
    found = read();
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}
