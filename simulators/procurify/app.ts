import { Hono } from 'hono';
import { createClock, type SimClock } from './clock';
import { DEFAULT_SETTINGS, type SimContext, type SimEnv, type SimSettings } from './context';
import { createControl, emptyScenario, type ProcurifyControl, type SeedInput } from './control';
import { ProcurifyError } from './errors';
import { createFaultRegistry } from './faults';
import { applyFaults, authenticate, recordRequests, validateAgainstSpec } from './middleware';
import { sustainedRateLimit } from './rate-limit';
import { accountCodeRoutes } from './routes/account-codes';
import { accountRoutes } from './routes/accounts';
import { apItemRoutes } from './routes/ap-items';
import { billDraftRoutes } from './routes/bill-drafts';
import { billListRoutes, billReadRoutes } from './routes/bills';
import { controlRoutes } from './routes/control';
import { currencyRoutes } from './routes/currencies';
import { departmentRoutes } from './routes/departments';
import { locationRoutes } from './routes/locations';
import { oauthRoutes } from './routes/oauth';
import { vendorRoutes } from './routes/vendors';
import { seedState } from './seed';
import { createTokenStore } from './tokens';

export interface ProcurifySimulatorOptions {
  /** Initial data (the demo scenario or a test's own); empty when omitted. */
  scenario?: SeedInput;
  settings?: Partial<SimSettings>;
  /** Freeze the clock at this instant from the start. */
  clockStart?: string | number;
}

export interface ProcurifySimulator {
  app: Hono;
  control: ProcurifyControl;
  clock: SimClock;
}

/** Builds the simulator as a Hono app; `startProcurifySimulator` serves it on a port. */
export function createProcurifySimulator(options: ProcurifySimulatorOptions = {}): ProcurifySimulator {
  const clock = createClock(options.clockStart);
  const sim: SimContext = {
    state: seedState(options.scenario ?? { procurify: emptyScenario() }, clock),
    clock,
    tokens: createTokenStore(clock),
    faults: createFaultRegistry(),
    requests: [],
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    hangs: new Set(),
  };
  const control = createControl(sim, options.scenario);

  const api = new Hono<SimEnv>();
  api.use('*', recordRequests(sim), applyFaults(sim));
  api.route('/', oauthRoutes(sim));
  api.use('/api/*', sustainedRateLimit(sim), authenticate(sim), validateAgainstSpec(sim));
  api.route('/api/v3/vendors/', vendorRoutes(sim));
  api.route('/api/v3/account-codes/', accountCodeRoutes(sim));
  api.route('/api/v3/departments/', departmentRoutes(sim));
  api.route('/api/v2/locations/', locationRoutes(sim));
  api.route('/api/v3/accounts/', accountRoutes(sim));
  api.route('/api/v2/currencies/', currencyRoutes(sim));
  api.route('/', billDraftRoutes(sim));
  api.route('/api/v3/ap/bills/', billListRoutes(sim));
  api.route('/api/v2/ap/bills/', billReadRoutes(sim));
  api.route('/api/v2/ap/items/', apItemRoutes(sim));
  api.notFound((c) => c.json({ detail: 'Not found.' }, 404));
  api.onError((error, c) => {
    if (error instanceof ProcurifyError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.body, error.status as 400);
    }
    console.error('procurify simulator: unexpected error', error);
    return c.json({ detail: 'A server error occurred.' }, 500);
  });

  const app = new Hono();
  app.route('/__sim', controlRoutes(control));
  app.route('/', api as unknown as Hono);
  return { app, control, clock };
}
