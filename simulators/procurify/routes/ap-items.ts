import { Hono } from 'hono';
import type { SimContext, SimEnv } from '../context';
import { listResponse, orderBy, queryBool, queryInt } from '../route-helpers';
import { serializeItem } from '../serialize-bill';
import { byId } from '../state';

// GET /api/v2/ap/items/ ("Get Unbilled/Billed Items", documented): AP items, billed or not. The
// filters the relay needs are modelled: bill, bill_uuid, billed, budget (account id), vendor.

export function apItemRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.get('/', (c) => {
    const billId = queryInt(c, 'bill');
    const billUuid = c.req.query('bill_uuid');
    const billed = queryBool(c, 'billed');
    const budget = queryInt(c, 'budget');
    const vendor = queryInt(c, 'vendor');
    const byUuid = billUuid === undefined ? undefined : sim.state.bills.find((bill) => bill.uuid === billUuid);
    const items = orderBy(
      c,
      sim.state.items.filter(
        (item) =>
          (billId === undefined || item.billId === billId) &&
          (billUuid === undefined || (byUuid !== undefined && item.billId === byUuid.id)) &&
          (billed === undefined || (item.billId !== null) === billed) &&
          (budget === undefined || item.allocations.some((allocation) => allocation.accountId === budget)) &&
          (vendor === undefined || item.vendorId === vendor) &&
          byId(sim.state.vendors, item.vendorId) !== undefined,
      ),
      { id: (item) => item.id },
    );
    const body = listResponse(c, sim, items, (item) => serializeItem(sim.state, item));
    const totalCost = items.reduce((sum, item) => sum + item.total_cost, 0);
    return c.json({
      metadata: { summary: { total_items: items.length, total_cost: totalCost }, pagination: body.metadata.pagination },
      data: body.data,
    });
  });
  return app;
}
