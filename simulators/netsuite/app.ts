import { Hono } from 'hono';
import { createControlRoutes } from './control/control-routes';
import type { SimulatorControl } from './control/control';
import { injectFaults, limitConcurrency, logRequests, requireBearer } from './http/middleware';
import { handleRecordDelete, handleRecordGet, handleRecordPatch, handleRecordPut } from './http/record-route';
import { handleSuiteQl } from './http/suiteql-route';
import { TOKEN_PATH, handleTokenRequest } from './http/token-route';
import { nsError } from './rest/ns-error';
import type { SimEnv, SimulatorState } from './simulator';

/** The simulated account's REST side plus `/__sim/` control routes, as one Hono app. */
export function createNetSuiteSimApp(state: SimulatorState, control: SimulatorControl): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.route('/__sim', createControlRoutes(control));

  const rest = new Hono<SimEnv>();
  rest.use(logRequests(state), limitConcurrency(state), injectFaults(state));
  rest.post(TOKEN_PATH, (c) => handleTokenRequest(c, state));
  rest.use('/services/rest/query/*', requireBearer(state));
  rest.use('/services/rest/record/*', requireBearer(state));
  rest.use('/services/rest/system/*', requireBearer(state));
  rest.post('/services/rest/query/v1/suiteql', (c) => handleSuiteQl(c, state));
  rest.get('/services/rest/record/v1/:type/:id', (c) => handleRecordGet(c, state));
  rest.patch('/services/rest/record/v1/:type/:id', (c) => handleRecordPatch(c, state));
  rest.put('/services/rest/record/v1/:type/:id', (c) => handleRecordPut(c, state));
  rest.delete('/services/rest/record/v1/:type/:id', (c) => handleRecordDelete(c, state));
  rest.get('/services/rest/system/v1/serverTime', (c) =>
    c.json({ serverTime: new Date(state.clock.now()).toISOString() }),
  );
  rest.notFound((c) =>
    nsError(c, 404, { detail: `No resource at ${new URL(c.req.url).pathname}.`, 'o:errorCode': 'NONEXISTENT_ID' }),
  );
  rest.onError((error, c) => {
    console.error('netsuite simulator: unexpected error', error);
    return nsError(c, 500, { detail: 'An unexpected error occurred.', 'o:errorCode': 'UNEXPECTED_ERROR' });
  });
  app.route('/', rest);
  return app;
}
