import { Hono } from 'hono';
import type { SimContext, SimEnv } from '../context';
import { listResponse, orderBy, queryBool, searchMatches } from '../route-helpers';
import { serializeCurrency } from '../serialize-reference';

// GET /api/v2/currencies/ ("Get Active/Inactive Currencies"): name is the ISO code, matched exactly.

export function currencyRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.get('/', (c) => {
    const active = queryBool(c, 'active');
    const base = queryBool(c, 'base');
    const name = c.req.query('name');
    const description = c.req.query('description');
    const currencies = sim.state.currencies.filter(
      (cur) =>
        (active === undefined || cur.active === active) &&
        (base === undefined || cur.base === base) &&
        (name === undefined || cur.name === name) &&
        (description === undefined || cur.description === description) &&
        searchMatches(c.req.query('search'), cur.name, cur.description),
    );
    const ordered = orderBy(c, currencies, { id: (cur) => cur.id, name: (cur) => cur.name });
    return c.json(listResponse(c, sim, ordered, serializeCurrency));
  });
  return app;
}
