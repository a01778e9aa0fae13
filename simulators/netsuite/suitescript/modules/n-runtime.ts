// N/runtime: the account, the running script (parameters, remaining usage) and its context.
import { isFeatureInEffect } from '../../account/features';
import type { Engine } from '../engine';

export const CONTEXT_TYPE = Object.fromEntries(
  [
    'USERINTERFACE',
    'WEBSERVICES',
    'RESTWEBSERVICES',
    'RESTLET',
    'CSVIMPORT',
    'SCHEDULED',
    'MAPREDUCE',
    'SUITELET',
    'USEREVENT',
    'WORKFLOW',
    'CLIENT',
    'CUSTOMMASSUPDATE',
    'WEBAPPLICATION',
    'WEBSTORE',
    'PORTLET',
    'DEBUGGER',
    'BUNDLEINSTALLATION',
    'SDFINSTALLATION',
    'ACTION',
    'NONE',
  ].map((name) => [name, name]),
);

function preference(engine: Engine, name: string | undefined): string | null {
  const known: Record<string, string> = {
    DATEFORMAT: engine.settings.dateFormat,
    TIMEFORMAT: 'h:mm a',
    TIMEZONE: engine.settings.timeZone,
  };
  return known[String(name ?? '').toUpperCase()] ?? null;
}

export function createRuntimeModule(engine: Engine) {
  const accountId = engine.settings.accountId;
  return {
    ContextType: CONTEXT_TYPE,
    EnvType: { SANDBOX: 'SANDBOX', PRODUCTION: 'PRODUCTION', BETA: 'BETA', INTERNAL: 'INTERNAL' },
    accountId,
    envType: /_SB\d*$/i.test(accountId) ? 'SANDBOX' : 'PRODUCTION',
    version: '2026.2',
    /** Whether a feature of Setup > Company > Enable Features is on, by its id (e.g. DEPARTMENTS). */
    isFeatureInEffect(options: { feature: string }): boolean {
      return isFeatureInEffect(engine.store.features, String(options?.feature ?? ''));
    },
    get executionContext(): string {
      return engine.current().executionContext;
    },
    getCurrentScript() {
      const execution = engine.current();
      return {
        id: execution.script.scriptId,
        deploymentId: execution.deployment?.deploymentId ?? null,
        apiVersion: '2.1',
        logLevel: 'AUDIT',
        bundleIds: [],
        getParameter: (options: { name: string }) => engine.parameter(options.name),
        getRemainingUsage: () => execution.meter.remaining(),
        percentComplete: 0,
      };
    },
    getCurrentUser() {
      return {
        id: -4,
        name: 'Simulated User',
        email: 'admin@example.com',
        role: 3,
        roleId: 'administrator',
        roleCenter: 'BASIC',
        subsidiary: 1,
        department: 0,
        location: 0,
        // General preferences the simulated account knows: the user's date format and time zone.
        getPreference: (options: { name: string }) => preference(engine, options?.name),
        getPermission: () => 4,
      };
    },
  };
}
