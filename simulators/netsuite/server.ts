import { serve, type ServerType } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Scenario } from '../scenario/types';
import { createClock, type SimClock } from './account/clock';
import { SUITEAPP_OBJECTS_DIR } from './account/sdf-custom-records';
import type { AccountStore } from './account/store';
import { createNetSuiteSimApp } from './app';
import { createControl, type SimulatorControl } from './control/control';
import type { SimulatorSettings } from './settings';
import { createSimulatorState } from './simulator';
import { createSuiteScriptRuntime, type SuiteScriptRuntime, type SuiteScriptRuntimeOptions } from './suitescript';

export interface NetSuiteSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  settings?: Partial<SimulatorSettings>;
  /** Tests pass a frozen clock; by default the clock runs with real time from now. */
  clock?: SimClock;
  scenario?: Scenario;
  /**
   * An SDF Objects/ folder whose custom record types the account defines (default: the SuiteApp's
   * `suiteapp/Objects`, skipped when absent); `false` defines none.
   */
  sdfObjects?: string | false;
  /** Also run the compiled SuiteApp on the same account (user events fire on REST PATCHes too). */
  suitescript?: Omit<SuiteScriptRuntimeOptions, 'store'>;
}

export interface RunningNetSuiteSimulator {
  baseUrl: string;
  /** `${baseUrl}/services/rest/auth/oauth2/v1/token`: the `aud` client assertions must carry. */
  tokenUrl: string;
  control: SimulatorControl;
  store: AccountStore;
  clock: SimClock;
  /** The SuiteScript side, when `suitescript` options were given. */
  suitescript: SuiteScriptRuntime | null;
  close(): Promise<void>;
}

export async function startNetSuiteSimulator(
  options: NetSuiteSimulatorOptions = {},
): Promise<RunningNetSuiteSimulator> {
  const clock = options.clock ?? createClock();
  const state = createSimulatorState({ clock, settings: options.settings });
  const control = createControl(state);
  const objectsDir = options.sdfObjects ?? SUITEAPP_OBJECTS_DIR;
  if (objectsDir !== false && (options.sdfObjects !== undefined || existsSync(objectsDir)))
    control.defineCustomRecordTypes(objectsDir);
  if (options.scenario) control.seed(options.scenario);
  const suitescript = options.suitescript
    ? createSuiteScriptRuntime({ accountId: state.settings.accountId, ...options.suitescript, store: state.store })
    : null;
  const app = createNetSuiteSimApp(state, control);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host}:${port}`;
  return {
    baseUrl,
    tokenUrl: `${baseUrl}/services/rest/auth/oauth2/v1/token`,
    control,
    store: state.store,
    clock,
    suitescript,
    close: () =>
      new Promise<void>((resolve, reject) => {
        void suitescript?.close();
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
