import { listBills } from './bills';
import type { ProcurifyClient } from './client';
import type { SimpleBill } from './schemas/bill';

/**
 * The duplicate guard (docs/architecture.md "Bills"): a bill of this vendor whose invoice number
 * equals ours exactly once both are trimmed. The list's `search` narrows the pages; the match itself is ours.
 */
export async function findBillByVendorAndInvoice(
  client: ProcurifyClient,
  vendorId: number,
  invoiceNumber: string,
): Promise<SimpleBill | undefined> {
  const wanted = invoiceNumber.trim();
  if (wanted === '') throw new Error('findBillByVendorAndInvoice needs a non-empty invoice number');
  for await (const bill of listBills(client, { vendor: vendorId, search: wanted })) {
    if (bill.vendor.id === vendorId && (bill.invoice_number ?? '').trim() === wanted) return bill;
  }
  return undefined;
}
