import { getBill, listAll, paginate, type BillRead, type OptimizedVendor, type ProcurifyClient } from '../procurify';
import { simpleBillSchema } from '../procurify/schemas/bill';
import { optimizedVendorSchema } from '../procurify/schemas/vendor';
import { HttpError } from '../transport';
import type { Period } from './period';

// Procurify's side: the bills whose invoice date falls in the period (list with `invoice_date_0/_1`,
// then each bill's details for its coding) and every vendor, inactive ones too.

export async function readProcurifyBills(client: ProcurifyClient, period: Period): Promise<BillRead[]> {
  const listed = paginate(
    client,
    '/api/v3/ap/bills/',
    { invoice_date_0: period.from, invoice_date_1: period.to },
    simpleBillSchema,
    'SimpleBill',
  );
  const bills: BillRead[] = [];
  for await (const bill of listed) bills.push(await getBill(client, bill.uuid));
  return bills;
}

/** One bill by the uuid the relay stored; undefined when Procurify no longer has it. */
export async function readProcurifyBill(client: ProcurifyClient, uuid: string): Promise<BillRead | undefined> {
  try {
    return await getBill(client, uuid);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined;
    throw error;
  }
}

export function readProcurifyVendors(client: ProcurifyClient): Promise<OptimizedVendor[]> {
  return listAll(client, '/api/v3/vendors/all/', {}, optimizedVendorSchema, 'OptimizedVendor');
}
