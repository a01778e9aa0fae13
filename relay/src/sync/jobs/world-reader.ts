import {
  findBillByVendorAndInvoice,
  findVendorsByExternalId,
  getBill,
  type BillRead,
  type OptimizedVendor,
  type ProcurifyClient,
} from '../../procurify';
import { HttpError } from '../../transport';
import type { Database } from '../../store/database';
import { getRecord } from '../../store/records';
import { vendorExternalId } from '../mapping';
import type { BillLookup, BillVendor } from '../plan/bill-plan';

// The reads a decision's world is made of, apart from the reference data: what the relay holds of a
// bill's vendor, and what Procurify holds. Reads only; the dry run swaps in a caching variant.

export interface WorldReads {
  /** Procurify's vendor with this external_id (the upsert key), if any. */
  vendorByExternalId(externalId: string): Promise<OptimizedVendor | undefined>;
  /** The bill's vendor as the relay and Procurify know it. */
  billVendor(netsuiteVendorId: string): Promise<BillVendor>;
  /** The Procurify bill the lookup finds, if any. */
  bill(lookup: BillLookup): Promise<BillRead | undefined>;
}

/** The two Procurify searches a world needs; the dry run answers them per vendor, from memory. */
export interface ProcurifySearches {
  vendorByExternalId(externalId: string): Promise<OptimizedVendor | undefined>;
  /** The uuid of this vendor's bill with this invoice number (trimmed, exact): the duplicate guard. */
  billUuidWithInvoice(vendorId: number, invoiceNumber: string): Promise<string | undefined>;
}

export interface WorldReaderDeps {
  database: Database;
  procurify: ProcurifyClient;
  settings: { accountId: string };
}

export function directSearches(procurify: ProcurifyClient): ProcurifySearches {
  return {
    vendorByExternalId: async (externalId) => (await findVendorsByExternalId(procurify, externalId))[0],
    billUuidWithInvoice: async (vendorId, invoiceNumber) =>
      (await findBillByVendorAndInvoice(procurify, vendorId, invoiceNumber))?.uuid,
  };
}

export function createWorldReads(deps: WorldReaderDeps, searches = directSearches(deps.procurify)): WorldReads {
  async function billByUuid(uuid: string): Promise<BillRead | undefined> {
    try {
      return await getBill(deps.procurify, uuid);
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) return undefined;
      throw error;
    }
  }

  async function billWithInvoice(vendorId: number, invoiceNumber: string): Promise<BillRead | undefined> {
    const uuid = await searches.billUuidWithInvoice(vendorId, invoiceNumber);
    return uuid ? getBill(deps.procurify, uuid) : undefined;
  }

  return {
    vendorByExternalId: (externalId) => searches.vendorByExternalId(externalId),
    /**
     * A vendor still waiting in the queue is synced first; one never seen by the relay is looked up in
     * Procurify by external_id.
     */
    async billVendor(netsuiteVendorId) {
      const held = await getRecord(deps.database.db, { recordType: 'vendor', recordId: netsuiteVendorId });
      if (held?.procurifyId && (held.status === 'synced' || held.status === 'linked'))
        return { kind: 'known', id: Number(held.procurifyId) };
      if (held?.dirty) return { kind: 'queued', netsuiteId: netsuiteVendorId };
      const found = await searches.vendorByExternalId(vendorExternalId(deps.settings.accountId, netsuiteVendorId));
      return found ? { kind: 'known', id: found.id } : { kind: 'absent' };
    },
    async bill(lookup) {
      switch (lookup.kind) {
        case 'none':
          return undefined;
        case 'by_uuid':
          return billByUuid(lookup.uuid);
        case 'by_invoice':
          return billWithInvoice(lookup.vendorId, lookup.invoiceNumber);
        case 'stored_or_invoice': {
          // The bill this record points at, by the id stored when it was written or linked.
          const stored = await billByUuid(lookup.uuid);
          if (stored?.vendor.id === lookup.vendorId) return stored;
          return billWithInvoice(lookup.vendorId, lookup.invoiceNumber);
        }
      }
    },
  };
}
