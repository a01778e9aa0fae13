import { findVendorsByExternalId, listBills, type ProcurifyClient } from '../procurify';

// Procurify reads a backfill dry run makes, memoized for the run: per vendor, never per bill. One
// external_id lookup for a vendor the relay does not hold, and one listing of a vendor's bills for
// the duplicate guard, however many bills name that vendor.

export interface VendorLookups {
  /** Procurify's id for the vendor with this external_id, or null when Procurify has none. */
  vendorId(externalId: string): Promise<number | null>;
  /** Whether Procurify holds a bill of this vendor with this invoice number (trimmed, exact). */
  hasInvoice(vendorId: number, invoiceNumber: string): Promise<boolean>;
}

export function createVendorLookups(procurify: ProcurifyClient): VendorLookups {
  const vendors = new Map<string, Promise<number | null>>();
  const invoices = new Map<number, Promise<Set<string>>>();

  async function listInvoices(vendorId: number): Promise<Set<string>> {
    const numbers = new Set<string>();
    for await (const bill of listBills(procurify, { vendor: vendorId })) {
      if (bill.vendor.id === vendorId) numbers.add((bill.invoice_number ?? '').trim());
    }
    return numbers;
  }

  return {
    vendorId(externalId) {
      let found = vendors.get(externalId);
      if (!found) {
        found = findVendorsByExternalId(procurify, externalId).then(([vendor]) => vendor?.id ?? null);
        vendors.set(externalId, found);
        found.catch(() => vendors.delete(externalId)); // a failed read is tried again, not remembered
      }
      return found;
    },
    async hasInvoice(vendorId, invoiceNumber) {
      let numbers = invoices.get(vendorId);
      if (!numbers) {
        numbers = listInvoices(vendorId);
        invoices.set(vendorId, numbers);
        numbers.catch(() => invoices.delete(vendorId));
      }
      return (await numbers).has(invoiceNumber.trim());
    },
  };
}
