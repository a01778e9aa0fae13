import { AuthRegistry } from './auth/registry';
import { createClock, type SimClock } from './account/clock';
import { AccountStore } from './account/store';
import { Faults } from './faults';
import { RequestLog } from './request-log';
import { DEFAULT_SETTINGS, mergeSettings, type SimulatorSettings } from './settings';
import type { RequestLogEntry } from './request-log';

/** Everything one simulated account holds; the HTTP app and the control API work on it. */
export interface SimulatorState {
  clock: SimClock;
  store: AccountStore;
  auth: AuthRegistry;
  faults: Faults;
  requests: RequestLog;
  settings: SimulatorSettings;
  /** Requests in flight on the REST side (the concurrency limit counts them). */
  inFlight: number;
}

export interface SimulatorOptions {
  clock?: SimClock;
  settings?: Partial<SimulatorSettings>;
}

export function createSimulatorState(options: SimulatorOptions = {}): SimulatorState {
  const clock = options.clock ?? createClock();
  return {
    clock,
    store: new AccountStore(clock),
    auth: new AuthRegistry(),
    faults: new Faults(),
    requests: new RequestLog(),
    settings: mergeSettings(DEFAULT_SETTINGS, options.settings ?? {}),
    inFlight: 0,
  };
}

export type SimEnv = { Variables: { logEntry: RequestLogEntry } };
