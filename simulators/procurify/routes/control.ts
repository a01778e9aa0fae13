import { Hono } from 'hono';
import type { ProcurifyControl, SeedInput } from '../control';

// The control API under /__sim/ for the demo and for tests that run the simulator in another process.
// It needs no token and is never recorded in the request log.

export function controlRoutes(control: ProcurifyControl): Hono {
  const app = new Hono();
  const json = async (c: { req: { json: () => Promise<unknown> } }) =>
    (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
  app.get('/state', (c) => c.json(control.snapshot()));
  app.post('/reset', (c) => {
    control.reset();
    return c.json({ ok: true });
  });
  app.post('/seed', async (c) => {
    control.seed((await json(c)) as unknown as SeedInput);
    return c.json({ ok: true });
  });
  const adders = {
    currencies: control.addCurrency,
    locations: control.addLocation,
    departments: control.addDepartment,
    'account-codes': control.addAccountCode,
    accounts: control.addAccount,
    vendors: control.addVendor,
    bills: control.addBill,
  } as Record<string, (input: never) => unknown>;
  app.post('/data/:kind', async (c) => {
    const add = adders[c.req.param('kind')];
    if (!add) return c.json({ error: `unknown kind; one of ${Object.keys(adders).join(', ')}` }, 404);
    return c.json({ ok: true, record: add((await json(c)) as never) ?? null }, 201);
  });
  app.post('/bills/approve', async (c) => {
    const { uuids } = await json(c);
    return c.json({ approved: control.approveBills(Array.isArray(uuids) ? uuids.map(String) : undefined) });
  });
  app.get('/requests', (c) => c.json(control.requests()));
  app.delete('/requests', (c) => {
    control.clearRequests();
    return c.json({ ok: true });
  });
  app.get('/faults', (c) => c.json(control.faults()));
  app.post('/faults', async (c) => {
    try {
      return c.json(control.addFault((await json(c)) as never), 201);
    } catch (error) {
      return c.json({ error: (error as Error).message }, 400);
    }
  });
  app.delete('/faults', (c) => {
    control.clearFaults();
    return c.json({ ok: true });
  });
  app.delete('/faults/:id', (c) =>
    control.removeFault(c.req.param('id')) ? c.json({ ok: true }) : c.json({ error: 'no such fault' }, 404),
  );
  app.post('/hangs/release', (c) => c.json({ released: control.releaseHangs() }));
  app.get('/clock', (c) =>
    c.json({ now: new Date(control.clock.now()).toISOString(), frozen: control.clock.frozen() }),
  );
  app.post('/clock', async (c) => {
    const body = await json(c);
    try {
      if (typeof body.set === 'string' || typeof body.set === 'number') control.clock.set(body.set);
      if (typeof body.advanceMs === 'number') control.clock.advance(body.advanceMs);
      if (body.resume === true) control.clock.resume();
    } catch (error) {
      return c.json({ error: (error as Error).message }, 400);
    }
    return c.json({ now: new Date(control.clock.now()).toISOString(), frozen: control.clock.frozen() });
  });
  app.post('/tokens/expire', async (c) =>
    c.json({ changed: control.expireTokens((await json(c)).token as string | undefined) }),
  );
  app.post('/tokens/revoke', async (c) =>
    c.json({ changed: control.revokeTokens((await json(c)).token as string | undefined) }),
  );
  app.get('/settings', (c) => c.json({ ...control.settings(), clientSecret: '[redacted]' }));
  app.patch('/settings', async (c) => c.json({ ...control.updateSettings(await json(c)), clientSecret: '[redacted]' }));
  return app;
}
