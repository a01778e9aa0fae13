import { Hono } from 'hono';
import type { SimContext, SimEnv } from '../context';
import { fieldErrors, notFound } from '../errors';
import { bodyOf, listResponse, orderBy, queryBool, searchMatches } from '../route-helpers';
import { serializeLocationView } from '../serialize-reference';
import { nextId, type LocationRecord } from '../state';

// /api/v2/locations/: list (active, headquarter, search), GET by id, and create (superuser only in
// Procurify; the simulator's API user is allowed). The body's `currency` is a string: the currency name.

export function locationRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.get('/', (c) => {
    const active = queryBool(c, 'active');
    const headquarter = queryBool(c, 'headquarter');
    const locations = sim.state.locations.filter(
      (l) =>
        (active === undefined || l.active === active) &&
        (headquarter === undefined || l.headquarter === headquarter) &&
        searchMatches(c.req.query('search'), l.name),
    );
    const ordered = orderBy(c, locations, { id: (l) => l.id, name: (l) => l.name });
    return c.json(listResponse(c, sim, ordered, (l) => serializeLocationView(sim.state, l)));
  });
  app.get('/:id/', (c) => {
    const location = sim.state.locations.find((l) => String(l.id) === c.req.param('id'));
    if (!location) throw notFound();
    return c.json({ metadata: {}, data: serializeLocationView(sim.state, location) });
  });
  app.post('/', (c) => {
    const body = bodyOf(c);
    const currency = sim.state.currencies.find((cur) => cur.name === body.currency || String(cur.id) === body.currency);
    if (!currency) throw fieldErrors({ currency: [`Object with name=${String(body.currency)} does not exist.`] });
    const record: LocationRecord = {
      id: nextId(sim.state, 'location'),
      name: String(body.name),
      currencyId: currency.id,
      headquarter: sim.state.locations.length === 0,
      active: body.active === undefined ? true : Boolean(body.active),
      external_id: (body.external_id as string | null | undefined) ?? null,
      phoneOne: String(body.phoneOne),
    };
    sim.state.locations.push(record);
    return c.json({ metadata: {}, data: serializeLocationView(sim.state, record) }, 201);
  });
  return app;
}
