import { Hono } from 'hono';
import type { SimContext, SimEnv } from '../context';
import { fieldErrors, invalidPk, notFound } from '../errors';
import { bodyOf, listResponse, orderBy, pathId, queryInt, queryInts, searchMatches } from '../route-helpers';
import { serializeDepartmentRead } from '../serialize-reference';
import { byId, nextId, type DepartmentRecord } from '../state';

// /api/v3/departments/: list (branch, locations, include_is_active_for_account_code, search), create
// and PUT with DepartmentUpsertRequest. No external_id filter exists; clients match it themselves.

export function departmentRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.get('/', (c) => {
    const branch = queryInt(c, 'branch');
    const locations = queryInts(c, 'locations');
    const forCode = queryInt(c, 'include_is_active_for_account_code');
    const departments = sim.state.departments.filter(
      (d) =>
        (branch === undefined || d.locationId === branch) &&
        (locations === undefined || locations.includes(d.locationId)) &&
        searchMatches(c.req.query('search'), d.name, d.external_id),
    );
    const ordered = orderBy(c, departments, { id: (d) => d.id, name: (d) => d.name });
    return c.json(listResponse(c, sim, ordered, (d) => serializeDepartmentRead(sim.state, d, forCode)));
  });
  app.post('/', (c) => {
    const record: DepartmentRecord = {
      id: nextId(sim.state, 'department'),
      name: '',
      locationId: 0,
      external_id: null,
      active: true,
      punchout_email: null,
    };
    apply(sim, record, bodyOf(c));
    sim.state.departments.push(record);
    return c.json({ metadata: {}, data: serializeDepartmentRead(sim.state, record) }, 201);
  });
  app.put('/:id{[0-9]+}/', (c) => {
    const record = byId(sim.state.departments, pathId(c));
    if (!record) throw notFound();
    apply(sim, record, bodyOf(c));
    return c.json({ metadata: {}, data: serializeDepartmentRead(sim.state, record) });
  });
  return app;
}

function apply(sim: SimContext, record: DepartmentRecord, body: Record<string, unknown>): void {
  if (!byId(sim.state.locations, body.branch as number)) throw fieldErrors({ branch: [invalidPk(body.branch)] });
  record.locationId = body.branch as number;
  record.name = String(body.name);
  if (body.external_id !== undefined) record.external_id = body.external_id as string | null;
  if (body.active !== undefined) record.active = Boolean(body.active);
  if (body.punchout_email !== undefined) record.punchout_email = body.punchout_email as string | null;
}
