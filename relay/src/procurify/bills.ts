import { z } from 'zod';
import type { ProcurifyClient } from './client';
import { paginate } from './paginate';
import { billReadSchema, simpleBillSchema, type BillRead, type SimpleBill } from './schemas/bill';

export interface BillFilters {
  /** Procurify vendor id (`vendor` filter). */
  vendor?: number;
  /** Free-text search (its fields are not specified; invoice number and vendor name in practice). */
  search?: string;
  /** ISO date-times for `last_modified_datetime_0/_1`. */
  lastModifiedFrom?: string;
  lastModifiedTo?: string;
}

/** `GET /api/v3/ap/bills/` (SimpleBill items), every page. */
export function listBills(client: ProcurifyClient, filters: BillFilters = {}): AsyncGenerator<SimpleBill> {
  const query = {
    vendor: filters.vendor,
    search: filters.search,
    last_modified_datetime_0: filters.lastModifiedFrom,
    last_modified_datetime_1: filters.lastModifiedTo,
  };
  return paginate(client, '/api/v3/ap/bills/', query, simpleBillSchema, 'SimpleBill');
}

const billEnvelope = z.looseObject({ metadata: z.unknown().optional(), data: billReadSchema });

/** `GET /api/v2/ap/bills/{uuid}/` → BillRead, the documented read-back of a written bill. */
export async function getBill(client: ProcurifyClient, uuid: string): Promise<BillRead> {
  if (!/^[0-9a-f-]+$/.test(uuid))
    throw new Error(`A Procurify bill uuid is hex digits and dashes: ${JSON.stringify(uuid)}`);
  const answer = await client.request({
    method: 'GET',
    path: `/api/v2/ap/bills/${uuid}/`,
    schema: billEnvelope,
    schemaName: 'BillRead',
  });
  return answer.data;
}
