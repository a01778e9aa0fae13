import { Hono } from 'hono';
import type { SimContext, SimEnv } from '../context';
import { fieldErrors, invalidPk, notFound } from '../errors';
import { bodyOf, listResponse, orderBy, pathId, queryBool, searchMatches } from '../route-helpers';
import { serializeAccountCode } from '../serialize-reference';
import { byId, nextId, type AccountCodeRecord } from '../state';

// /api/v3/account-codes/: list with active, code (exact), is_parent and search; create (its
// `departments` open an account for each department); PUT. No GET by id and no DELETE in the spec.

export function accountCodeRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.get('/', (c) => {
    const active = queryBool(c, 'active');
    const isParent = queryBool(c, 'is_parent');
    const code = c.req.query('code');
    const codes = sim.state.accountCodes.filter(
      (ac) =>
        (active === undefined || ac.active === active) &&
        (code === undefined || ac.code === code) &&
        (isParent === undefined || sim.state.accountCodes.some((child) => child.parent === ac.id) === isParent) &&
        searchMatches(c.req.query('search'), ac.code, ac.description),
    );
    const ordered = orderBy(c, codes, {
      id: (ac) => ac.id,
      code: (ac) => ac.code,
      description: (ac) => ac.description,
    });
    return c.json(listResponse(c, sim, ordered, (ac) => serializeAccountCode(sim.state, ac)));
  });
  app.post('/', (c) => {
    const body = bodyOf(c);
    const departments = (body.departments as number[] | undefined) ?? [];
    checkWrite(sim, body, undefined);
    const missing = departments.filter((id) => !byId(sim.state.departments, id));
    if (missing.length) throw fieldErrors({ departments: [invalidPk(missing[0])] });
    const record: AccountCodeRecord = {
      id: nextId(sim.state, 'accountCode'),
      code: '',
      description: '',
      account_type: 2,
      active: true,
      parent: null,
    };
    apply(record, body);
    sim.state.accountCodes.push(record);
    for (const departmentId of departments) {
      sim.state.accounts.push({
        id: nextId(sim.state, 'account'),
        accountCodeId: record.id,
        departmentId,
        active: true,
        budget: '0.00',
      });
    }
    return c.json({ metadata: {}, data: serializeAccountCode(sim.state, record) }, 201);
  });
  app.put('/:id{[0-9]+}/', (c) => {
    const record = byId(sim.state.accountCodes, pathId(c));
    if (!record) throw notFound();
    const body = bodyOf(c);
    checkWrite(sim, body, record.id);
    apply(record, body);
    return c.json({ metadata: {}, data: serializeAccountCode(sim.state, record) });
  });
  return app;
}

function checkWrite(sim: SimContext, body: Record<string, unknown>, selfId: number | undefined): void {
  if (sim.state.accountCodes.some((ac) => ac.id !== selfId && ac.code === body.code)) {
    throw fieldErrors({ code: ['account code with this code already exists.'] });
  }
  if (typeof body.parent === 'number' && !byId(sim.state.accountCodes, body.parent))
    throw fieldErrors({ parent: [invalidPk(body.parent)] });
}

function apply(record: AccountCodeRecord, body: Record<string, unknown>): void {
  record.code = String(body.code);
  record.description = String(body.description);
  if (body.account_type !== undefined) record.account_type = body.account_type as AccountCodeRecord['account_type'];
  if (body.parent !== undefined) record.parent = body.parent as number | null;
}
