import { Hono, type Context } from 'hono';
import { ZodError } from 'zod';
import type { Scenario } from '../../scenario/types';
import { NotFoundError } from '../account/errors';
import { isRecordType, type RecordType } from '../account/types';
import type { SimulatorControl } from './control';

class BadControlRequest extends Error {}

function recordType(c: Context): RecordType {
  const type = c.req.param('type') ?? '';
  if (!isRecordType(type)) throw new BadControlRequest(`unknown record type '${type}'`);
  return type;
}

async function json<T>(c: Context): Promise<T> {
  try {
    return (await c.req.json()) as T;
  } catch {
    throw new BadControlRequest('the body must be JSON');
  }
}

/** `/__sim/*`: the control API over HTTP, for the demo and for tests in other processes. */
export function createControlRoutes(control: SimulatorControl): Hono {
  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof ZodError)
      return c.json(
        { error: error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') },
        400,
      );
    if (error instanceof BadControlRequest || error instanceof Error) return c.json({ error: error.message }, 400);
    return c.json({ error: 'unexpected error' }, 500);
  });
  app.post('/seed', async (c) => {
    const body = await json<{ scenario?: Scenario; syntheticBills?: number }>(c);
    if (body.scenario) control.seed(body.scenario);
    const synthetic = body.syntheticBills ? control.seedSyntheticBills(body.syntheticBills) : null;
    return c.json({ ok: true, synthetic });
  });
  app.get('/records/:type/:id', (c) => {
    const record = control.record(recordType(c), c.req.param('id'));
    return record ? c.json(record) : c.json({ error: 'no such record' }, 404);
  });
  app.post('/records/:type', async (c) => {
    const body = await json<{ fields?: Record<string, never>; sublists?: Record<string, never[]> }>(c);
    return c.json(control.createRecord(recordType(c), body.fields ?? {}, body.sublists), 201);
  });
  app.patch('/records/:type/:id', async (c) =>
    c.json(control.editRecord(recordType(c), c.req.param('id'), await json(c))),
  );
  app.delete('/records/:type/:id', (c) => {
    control.deleteRecord(recordType(c), c.req.param('id'));
    return c.body(null, 204);
  });
  app.get('/custom-records/:type', (c) => c.json(control.customRecords(c.req.param('type'))));
  app.get('/custom-records/:type/:id', (c) => {
    const row = control.customRecord(c.req.param('type'), c.req.param('id'));
    return row ? c.json(row) : c.json({ error: 'no such record' }, 404);
  });
  app.get('/periods', (c) => c.json({ closed: control.closedPeriods() }));
  app.post('/periods/:key/close', (c) => c.json(control.closePeriod(c.req.param('key'))));
  app.post('/periods/:key/reopen', (c) => c.json(control.reopenPeriod(c.req.param('key'))));
  app.post('/clients', async (c) => {
    control.registerClient((await json<{ clientId: string }>(c)).clientId);
    return c.json({ ok: true });
  });
  app.post('/certificates', async (c) => {
    control.registerCertificate(await json(c));
    return c.json({ ok: true });
  });
  app.post('/certificates/:id/revoke', (c) => {
    control.revokeCertificate(c.req.param('id'));
    return c.json({ ok: true });
  });
  app.post('/certificates/:id/restore', (c) => {
    control.restoreCertificate(c.req.param('id'));
    return c.json({ ok: true });
  });
  app.get('/clock', (c) => c.json({ now: new Date(control.now()).toISOString() }));
  app.post('/clock/advance', async (c) => {
    const { ms, seconds } = await json<{ ms?: number; seconds?: number }>(c);
    control.advanceClock(ms ?? (seconds ?? Number.NaN) * 1000);
    return c.json({ now: new Date(control.now()).toISOString() });
  });
  app.post('/clock/set', async (c) => {
    const { at } = await json<{ at: string }>(c);
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) throw new BadControlRequest('"at" must be an ISO-8601 time');
    control.setClock(ms);
    return c.json({ now: new Date(control.now()).toISOString() });
  });
  app.post('/faults', async (c) => {
    const body = await json<{
      latency?: Record<string, number>;
      failNext?: { count: number; status?: 500 | 502 | 503; route?: 'any' };
    }>(c);
    if (body.latency) control.setLatency(body.latency);
    if (body.failNext) control.failNext(body.failNext.count, body.failNext);
    return c.json({ ok: true });
  });
  app.delete('/faults', (c) => {
    control.clearFaults();
    return c.json({ ok: true });
  });
  app.post('/tokens/expire', (c) => {
    control.expireTokens();
    return c.json({ ok: true });
  });
  app.get('/requests', (c) => c.json(control.requests()));
  app.delete('/requests', (c) => {
    control.clearRequests();
    return c.json({ ok: true });
  });
  app.get('/login-audit', (c) => c.json(control.loginAudit()));
  app.get('/settings', (c) => c.json(control.settings()));
  app.patch('/settings', async (c) => c.json(control.updateSettings(await json(c))));
  return app;
}
