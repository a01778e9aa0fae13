import { Hono, type MiddlewareHandler } from 'hono';
import type { SimContext, SimEnv } from '../context';
import { ProcurifyError } from '../errors';
import { approveSubmitted } from '../bill-approval';
import { findBill, updateBill } from '../bill-update';
import { addItems, applyHeader, createDraftBill, createItem, touch } from '../bill-writes';
import { FieldReader } from '../bill-fields';
import { fieldErrors } from '../errors';
import { bodyOf } from '../route-helpers';
import { billMetadata, billTotal, serializeBillRead, serializeItem } from '../serialize-bill';

// The undocumented bill writes (docs/reference/procurify-api.md "Bill writes (undocumented)"), off when `billWriteEnabled` is false: then each answers
// `billWriteRefusalStatus` (405 as for POST /api/v3/ap/bills/, or 403 as for a role without rights).

const PATCHABLE = [
  'vendor',
  'currency',
  'approval_chain',
  'invoice_number',
  'invoice_date',
  'due_date',
  'payment_terms',
  'payment_method',
  'note',
  'gl_post_date',
];

export function billWriteGuard(sim: SimContext): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    if (!sim.settings.billWriteEnabled) {
      const status = sim.settings.billWriteRefusalStatus;
      const detail =
        status === 405 ? `Method "${c.req.method}" not allowed.` : 'You do not have permission to perform this action.';
      throw new ProcurifyError(status, { detail });
    }
    await next();
  };
}

export function billDraftRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  const guard = billWriteGuard(sim);
  const billBody = (bill: ReturnType<typeof findBill>) => ({ metadata: {}, data: serializeBillRead(sim.state, bill) });

  app.post('/api/v3/ap/items/', guard, (c) =>
    c.json({ metadata: {}, data: serializeItem(sim.state, createItem(sim.state, sim.clock, bodyOf(c))) }, 201),
  );
  app.post('/api/v2/ap/bills/', guard, (c) => c.json(billBody(createDraftBill(sim.state, sim.clock, bodyOf(c))), 201));
  app.post('/api/v3/ap/bills/:id/add-items/', guard, (c) => {
    const bill = findBill(sim.state, c.req.param('id'));
    addItems(sim.state, sim.clock, bill, bodyOf(c));
    return c.json(billBody(bill));
  });
  app.put('/api/v2/ap/bills/:id/', guard, (c) => {
    const bill = findBill(sim.state, c.req.param('id'));
    updateBill(sim.state, sim.clock, bill, bodyOf(c));
    if (sim.settings.approveSubmittedBills) approveSubmitted(sim, [bill.uuid]);
    return c.json(billBody(bill));
  });
  // procure-cli: PATCH works on the v3 path with a few header fields; `{}` only touches the bill.
  app.patch('/api/v3/ap/bills/:id/', guard, (c) => {
    const bill = findBill(sim.state, c.req.param('id'));
    const body = bodyOf(c);
    const read = new FieldReader(sim.state, {
      vendor: bill.vendorId,
      ...Object.fromEntries(Object.entries(body).filter(([k]) => PATCHABLE.includes(k))),
    });
    const draft = { ...bill };
    applyHeader(sim.state, draft, read);
    if (!read.ok()) throw fieldErrors(read.errors);
    Object.assign(bill, draft);
    touch(bill, sim.clock);
    const metadata = billMetadata([bill], billTotal(sim.state, bill));
    return c.json({
      metadata: { ...metadata, permissions: { ...metadata.permissions, can_edit: false } },
      data: serializeBillRead(sim.state, bill),
    });
  });
  return app;
}
