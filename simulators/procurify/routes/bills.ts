import { Hono } from 'hono';
import type { SimContext, SimEnv, SimHonoContext } from '../context';
import { methodNotAllowed, ProcurifyError } from '../errors';
import { listResponse, orderBy, queryInt, queryInts, searchMatches } from '../route-helpers';
import { billMetadata, billTotal, itemsOf, serializeBillRead, serializeSimpleBill } from '../serialize-bill';
import { byId, type BillRecord } from '../state';

// The documented bill surface: GET /api/v3/ap/bills/ (list), GET /api/v2/ap/bills/{uuid}/ and
// POST /api/v3/ap/bills/mark-as-paid/. POST and DELETE on /api/v3/ap/bills/ answer 405, as observed.

const DATE_RANGES = ['invoice_date', 'due_date', 'submitted_date', 'gl_post_date', 'payment_date'] as const;

export function billListRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.get('/', (c) => {
    const bills = orderBy(
      c,
      sim.state.bills.filter((bill) => matches(c, sim, bill)),
      {
        id: (b) => b.id,
        last_modified_datetime: (b) => b.last_modified_datetime,
        invoice_date: (b) => b.invoice_date,
        invoice_number: (b) => b.invoice_number,
      },
    );
    const body = listResponse(c, sim, bills, (b) => serializeSimpleBill(sim.state, b, sim.clock.now()));
    const total = bills.reduce((sum, b) => sum + billTotal(sim.state, b), 0);
    return c.json({
      metadata: { ...billMetadata(bills, total), pagination: body.metadata.pagination },
      data: body.data,
    });
  });
  app.post('/mark-as-paid/', (c) => {
    const body = c.get('body') as { bill_uuids: string[]; payment_date: string; bill_group_ids?: number[] };
    const bills = body.bill_uuids.map((uuid) => sim.state.bills.find((b) => b.uuid === uuid));
    const missing = body.bill_uuids.filter((_, index) => !bills[index]);
    if (missing.length) throw new ProcurifyError(400, { bill_uuids: [`Bills not found: ${missing.join(', ')}.`] });
    if (bills.some((b) => b!.status !== 2 || b!.payment_date !== null)) {
      throw new ProcurifyError(400, {
        non_field_errors: ['Only approved bills without payments can be marked as paid.'],
      });
    }
    for (const bill of bills as BillRecord[]) {
      bill.status = 4;
      bill.payment_date = body.payment_date;
      bill.last_modified_datetime = sim.clock.stamp();
      bill.statuses.push({ id: bill.statuses.length + 1, status: 4, date: bill.last_modified_datetime });
    }
    return c.json({
      bill_uuids: body.bill_uuids,
      bill_group_ids: body.bill_group_ids ?? [],
      payment_date: body.payment_date,
    });
  });
  app.post('/', (c) => {
    throw methodNotAllowed(c.req.method);
  });
  app.delete('/:uuid/', (c) => {
    throw methodNotAllowed(c.req.method);
  });
  return app;
}

export function billReadRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.get('/:uuid{[0-9a-fA-F-]+}/', (c) => {
    // Documented as the uuid; an integer id is not a uuid and is not found.
    const key = c.req.param('uuid').replace(/-/g, '').toLowerCase();
    const bill = /^\d+$/.test(key)
      ? undefined
      : sim.state.bills.find((b) => b.uuid.replace(/-/g, '').toLowerCase() === key);
    if (!bill) throw new ProcurifyError(404, { detail: 'Not found.' });
    return c.json({
      metadata: billMetadata([bill], billTotal(sim.state, bill)),
      data: serializeBillRead(sim.state, bill),
    });
  });
  return app;
}

function matches(c: SimHonoContext, sim: SimContext, bill: BillRecord): boolean {
  const vendors = [...(queryInts(c, 'vendor[]') ?? []), ...(queryInts(c, 'vendor') ?? [])];
  const vendor = byId(sim.state.vendors, bill.vendorId);
  const accounts = itemsOf(sim.state, bill).flatMap((item) =>
    item.allocations.map((a) => byId(sim.state.accounts, a.accountId)),
  );
  const currency = queryInt(c, 'currency');
  const type = queryInt(c, 'type');
  const department = queryInt(c, 'department');
  const accountCode = queryInt(c, 'account_code');
  return (
    (vendors.length === 0 || vendors.includes(bill.vendorId)) &&
    (currency === undefined || bill.currencyId === currency) &&
    (type === undefined || bill.type === type) &&
    (department === undefined || accounts.some((a) => a?.departmentId === department)) &&
    (accountCode === undefined || accounts.some((a) => a?.accountCodeId === accountCode)) &&
    inRange(
      bill.last_modified_datetime,
      c.req.query('last_modified_datetime_0'),
      c.req.query('last_modified_datetime_1'),
      false,
    ) &&
    inRange(bill.last_modified_datetime, c.req.query('modified_date_0'), c.req.query('modified_date_1'), true) &&
    DATE_RANGES.every((field) => inRange(bill[field], c.req.query(`${field}_0`), c.req.query(`${field}_1`), true)) &&
    searchMatches(c.req.query('search'), bill.invoice_number, vendor?.name)
  );
}

/** Both bounds inclusive (the spec does not say); date filters compare the date part only. */
function inRange(value: string | null, from: string | undefined, to: string | undefined, dateOnly: boolean): boolean {
  if (from === undefined && to === undefined) return true;
  if (value === null) return false;
  if (dateOnly) {
    const day = value.slice(0, 10);
    return (from === undefined || day >= from) && (to === undefined || day <= to);
  }
  const time = Date.parse(value);
  return (from === undefined || time >= Date.parse(from)) && (to === undefined || time <= Date.parse(to));
}
