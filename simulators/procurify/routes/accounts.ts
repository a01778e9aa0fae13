import { Hono } from 'hono';
import type { SimContext, SimEnv } from '../context';
import { listResponse, orderBy, queryBool, queryInt, queryInts, searchMatches } from '../route-helpers';
import { serializeChartAccount } from '../serialize-reference';
import { byId } from '../state';

// GET /api/v3/accounts/: the budget lines (account code × department) bill lines are coded to.
// `account_code`, `departments` and `locations` take comma-separated ids.

export function accountRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.get('/', (c) => {
    const codes = queryInts(c, 'account_code');
    const departments = queryInts(c, 'departments');
    const locations = queryInts(c, 'locations');
    const department = queryInt(c, 'department');
    const id = queryInt(c, 'id');
    const active = queryBool(c, 'active');
    const search = c.req.query('search');
    const accounts = sim.state.accounts.filter((a) => {
      const code = byId(sim.state.accountCodes, a.accountCodeId);
      const dept = byId(sim.state.departments, a.departmentId);
      return (
        (codes === undefined || codes.includes(a.accountCodeId)) &&
        (departments === undefined || departments.includes(a.departmentId)) &&
        (locations === undefined || (dept !== undefined && locations.includes(dept.locationId))) &&
        (department === undefined || a.departmentId === department) &&
        (id === undefined || a.id === id) &&
        (active === undefined || a.active === active) &&
        searchMatches(search, code?.code, code?.description, dept?.name)
      );
    });
    const ordered = orderBy(c, accounts, { id: (a) => a.id });
    return c.json(listResponse(c, sim, ordered, (a) => serializeChartAccount(sim.state, a)));
  });
  return app;
}
