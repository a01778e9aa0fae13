import { Hono } from 'hono';
import type { SimContext, SimEnv, SimHonoContext } from '../context';
import { fieldErrors, invalidPk, notFound } from '../errors';
import { bodyOf, listResponse, orderBy, pathId, queryBool, queryInt, searchMatches } from '../route-helpers';
import { serializeOptimizedVendor, serializeVendorDetail, serializeVendorForPut } from '../serialize-vendor';
import { byId, type VendorRecord } from '../state';
import { applyVendorFields, blankVendor } from '../vendor-writes';

// /api/v3/vendors/: list (also as /api/v3/vendors/<vendor_group>/), create, retrieve, PUT and PATCH,
// each answering in the read model the spec gives for that verb.

const TYPE_NAMES: Record<string, number> = {
  other: 1,
  amazon_punchout: 2,
  preferred: 3,
  regular: 4,
  employee: 5,
  cc_provider: 6,
  checkout: 7,
};

const GROUPS: Record<string, (vendor: VendorRecord) => boolean> = {
  all: () => true,
  default: (v) => v.active && (v.type === 3 || v.type === 4),
  purchasable: (v) => v.active && (v.type === 3 || v.type === 4),
  preferred: (v) => v.active && v.type === 3,
  requestable: (v) => v.active && v.type === 3,
  other: (v) => v.type === 1,
  credit_card_providers: (v) => v.type === 6,
};

export function vendorRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  const list = (c: SimHonoContext, group?: (vendor: VendorRecord) => boolean) => {
    const inGroup = group ?? ((v: VendorRecord) => v.active || sim.settings.vendorListIncludesInactive);
    const externalId = c.req.query('external_id');
    const name = c.req.query('name');
    const type = queryInt(c, 'type');
    const typeIn = (c.req.queries('type__in') ?? []).map((t) => TYPE_NAMES[t] ?? -1);
    const vendors = sim.state.vendors.filter(
      (v) =>
        inGroup(v) &&
        (externalId === undefined || v.external_id === externalId) &&
        (name === undefined || v.name === name) &&
        (type === undefined || v.type === type) &&
        (typeIn.length === 0 || typeIn.includes(v.type)) &&
        !(queryBool(c, 'exclude_other') && v.type === 1) &&
        searchMatches(c.req.query('search'), v.name, v.contact, v.external_id, ...v.email),
    );
    const ordered = orderBy(c, vendors, { id: (v) => v.id, name: (v) => v.name, dateModified: (v) => v.dateModified });
    return c.json(listResponse(c, sim, ordered, (v) => serializeOptimizedVendor(sim.state, v)));
  };
  const find = (c: SimHonoContext) => byId(sim.state.vendors, pathId(c)) ?? throwNotFound();
  const write = (c: SimHonoContext, vendor: VendorRecord) => {
    const body = bodyOf(c);
    checkReferences(sim, body, vendor.id);
    applyVendorFields(sim.state, vendor, body);
    vendor.dateModified = sim.clock.stamp();
  };

  app.get('/', (c) => list(c));
  app.get('/:group{[a-z_]+}/', (c) => {
    const group = GROUPS[c.req.param('group')];
    return group ? list(c, group) : c.json({ detail: 'Not found.' }, 404);
  });
  app.post('/', (c) => {
    const vendor = blankVendor(sim.state);
    write(c, vendor);
    sim.state.vendors.push(vendor);
    return c.json({ metadata: {}, data: serializeVendorDetail(sim.state, vendor) }, 201);
  });
  app.get('/:id{[0-9]+}/', (c) => c.json({ metadata: {}, data: serializeVendorDetail(sim.state, find(c)) }));
  app.put('/:id{[0-9]+}/', (c) => {
    const vendor = find(c);
    write(c, vendor);
    return c.json({ metadata: {}, data: serializeVendorForPut(vendor) });
  });
  app.patch('/:id{[0-9]+}/', (c) => {
    const vendor = find(c);
    write(c, vendor);
    return c.json({ metadata: {}, data: serializeOptimizedVendor(sim.state, vendor) });
  });
  return app;
}

function throwNotFound(): never {
  throw notFound();
}

function checkReferences(sim: SimContext, body: Record<string, unknown>, selfId: number): void {
  const errors: Record<string, string[]> = {};
  if (typeof body.currency === 'number' && !byId(sim.state.currencies, body.currency))
    errors.currency = [invalidPk(body.currency)];
  if (
    sim.settings.uniqueVendorExternalId &&
    typeof body.external_id === 'string' &&
    sim.state.vendors.some((v) => v.id !== selfId && v.external_id === body.external_id)
  ) {
    errors.external_id = ['vendor with this external id already exists.'];
  }
  if (Object.keys(errors).length) throw fieldErrors(errors);
}
