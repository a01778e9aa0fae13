import { z } from 'zod';
import type { ProcurifyClient } from './client';
import { paginate } from './paginate';

// `GET /api/v2/ap/items/` ("Get Unbilled/Billed Items", ItemReadSerializer_v2): the documented way to
// see AP items that belong to no bill, which is what an item create with a lost answer leaves.

const apItemSchema = z.looseObject({
  id: z.number().int(),
  bill: z.number().int().nullable(),
  description: z.string(),
  vendor: z.looseObject({ id: z.number().int() }),
  currency: z.looseObject({ id: z.number().int() }),
  cost_allocations: z.array(
    z.looseObject({
      id: z.number().int().optional(),
      budget: z.looseObject({ id: z.number().int() }),
      object_id: z.number().int().nullable().optional(),
      created_on: z.string().optional(),
    }),
  ),
});
export type ApItem = z.infer<typeof apItemSchema>;

/** Items of this vendor coded to this account that no bill holds, every page. */
export async function listUnbilledItems(
  client: ProcurifyClient,
  vendorId: number,
  accountId: number,
): Promise<ApItem[]> {
  const items: ApItem[] = [];
  const query = { billed: false, vendor: vendorId, budget: accountId };
  for await (const item of paginate(client, '/api/v2/ap/items/', query, apItemSchema, 'AP item')) items.push(item);
  return items;
}
