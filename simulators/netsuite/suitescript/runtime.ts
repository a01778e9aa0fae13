// createSuiteScriptRuntime: the SuiteScript side of one simulated account. It loads the compiled
// SuiteApp from suiteapp/dist, dispatches user events for every save of the shared AccountStore
// (UI, CSV and web-services saves alike, including the REST simulator's PATCHes), and runs
// Suitelets, map/reduce tasks (whole, or paused between invocations so saves can happen while a
// dispatch runs) and form loads on demand, metering governance per execution.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AccountStore } from '../account/store';
import type { Fields, RecordType } from '../account/types';
import { clickButton } from './client-button';
import {
  Engine,
  fileCabinetOf,
  type EngineSettings,
  type ExecutionReport,
  type LogEntry,
  type SecretDefinition,
} from './engine';
import type { ScriptKind } from './governance';
import type { MapReduceRun } from './map-reduce';
import { createNativeModules } from './modules';
import type { ClientResponse } from './modules/n-https';
import { Form } from './modules/n-server-widget';
import { ScriptRecord, stateOf } from './record-object';
import { readSdfObjects } from './sdf-objects';
import { callSuitelet, type SuiteletRequest, type SuiteletResponse } from './suitelet';
import { TaskQueue } from './task-queue';
import {
  runQueuedTasks,
  runScheduledDeployments,
  startDeployment,
  startQueuedTask,
  type MapReduceRunInProgress,
  type RunOptions,
} from './task-runner';
import { attachUserEvents, runUserEvents, type RestEventType } from './user-events';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_DIST_DIR = path.join(ROOT, 'suiteapp', 'dist');

export interface SuiteScriptRuntimeOptions {
  store: AccountStore;
  /** The assembled SDF project (`npm run suiteapp:build`); default suiteapp/dist. */
  distDir?: string;
  accountId?: string;
  /** API secrets by id; a plain string is available to every script. */
  secrets?: Record<string, string | SecretDefinition>;
  /** Script parameter values by parameter id; they win over the deployment XML. */
  parameters?: Record<string, string | number | boolean | null>;
  /** https origins served by local http servers, e.g. { 'https://relay.test': 'http://127.0.0.1:8787' }. */
  hostMap?: Record<string, string>;
  httpTimeoutMs?: number;
  /** How a REST PATCH reaches user events (the reference is silent): `edit` (default), `xedit` or `none`. */
  restEventType?: RestEventType;
  timeZone?: string;
  dateFormat?: string;
}

export interface SaveOptions {
  /** `runtime.executionContext` of the save: USERINTERFACE (default), CSVIMPORT, WEBSERVICES… */
  context?: string;
}

export interface RecordValues {
  fields: Fields;
  sublists?: Record<string, Fields[]>;
}

export interface FormView {
  form: Form;
  /** The HTML of a tab's fields, e.g. the "Procurify sync" tab. */
  tabHtml(label: string): string;
  /** Clicks a button as the browser would; resolves to what the client script alerted. */
  click(buttonId: string): Promise<string[]>;
}

export type SuiteScriptRuntime = ReturnType<typeof createSuiteScriptRuntime>;

export function createSuiteScriptRuntime(options: SuiteScriptRuntimeOptions) {
  const distDir = options.distDir ?? DEFAULT_DIST_DIR;
  const secrets = Object.fromEntries(
    Object.entries(options.secrets ?? {}).map(([id, secret]) => [
      id,
      typeof secret === 'string' ? { value: secret } : secret,
    ]),
  );
  const settings: EngineSettings = {
    accountId: options.accountId ?? '1234567_SB1',
    secrets,
    parameters: { ...(options.parameters ?? {}) },
    hostMap: Object.fromEntries(
      Object.entries(options.hostMap ?? {}).map(([from, to]) => [
        from.toLowerCase().replace(/\/+$/, ''),
        to.replace(/\/+$/, ''),
      ]),
    ),
    httpTimeoutMs: options.httpTimeoutMs ?? 45_000,
    timeZone: options.timeZone ?? 'America/Los_Angeles',
    dateFormat: options.dateFormat ?? 'M/D/YYYY',
  };
  const queue = new TaskQueue();
  const suiteletFromUrl = (
    url: string,
    method: string,
    body: string,
    headers: Record<string, string>,
  ): ClientResponse => {
    const query = new URLSearchParams(url.split('?')[1] ?? '');
    const params = Object.fromEntries(query.entries());
    const answer = callSuitelet(engine, params.script ?? '', params.deploy ?? '', { method, params, body, headers });
    return { code: answer.status, headers: answer.headers, body: answer.body };
  };
  const engine: Engine = new Engine(
    options.store,
    readSdfObjects(path.join(distDir, 'Objects')),
    settings,
    fileCabinetOf(distDir),
    (self) => createNativeModules(self, queue, suiteletFromUrl),
  );
  const detach = attachUserEvents(engine, { restEventType: options.restEventType ?? 'edit' });
  const contextOf = (saveOptions: SaveOptions = {}) => ({
    executionContext: saveOptions.context ?? 'USERINTERFACE',
    user: 'Simulated User',
  });

  return {
    engine,
    store: options.store,
    customRecords: engine.customRecords,
    /** Every script execution so far, with units used, limit, simulated and wall time. */
    get meters(): readonly ExecutionReport[] {
      return engine.reports;
    },
    get logs(): readonly LogEntry[] {
      return engine.logs;
    },
    get queuedTasks() {
      return queue.pending;
    },

    /** Creates a record (no id) as a user would: beforeSubmit/afterSubmit run with type `create`. */
    save(type: RecordType, values: RecordValues, saveOptions?: SaveOptions): string {
      return options.store.save(
        type,
        { fields: values.fields, sublists: values.sublists ?? {} },
        { context: contextOf(saveOptions) },
      ).id;
    },
    /** A full edit: changed body fields merged, given sublists replaced; user events see `edit`. */
    edit(type: RecordType, id: string, changes: Partial<RecordValues>, saveOptions?: SaveOptions): void {
      engine.pendingIntent = { eventType: 'edit' };
      try {
        options.store.update(
          type,
          id,
          { fields: changes.fields, sublists: changes.sublists },
          { context: contextOf(saveOptions) },
        );
      } finally {
        engine.pendingIntent = null;
      }
    },
    /** An inline edit: newRecord in the user event holds only these fields. */
    xedit(type: RecordType, id: string, fields: Fields, saveOptions?: SaveOptions): void {
      engine.pendingIntent = { eventType: 'xedit', changedFields: Object.keys(fields) };
      try {
        options.store.update(type, id, { fields }, { context: contextOf(saveOptions) });
      } finally {
        engine.pendingIntent = null;
      }
    },
    delete(type: RecordType, id: string, saveOptions?: SaveOptions): void {
      const context = contextOf(saveOptions);
      const old = () => new ScriptRecord(stateOf(options.store.load(type, id)), engine);
      runUserEvents(engine, {
        entryPoint: 'beforeSubmit',
        recordType: type,
        recordId: id,
        eventType: 'delete',
        executionContext: context.executionContext,
        context: { newRecord: old(), oldRecord: old() },
      });
      engine.pendingIntent = { eventType: 'delete', beforeSubmitDone: true };
      try {
        options.store.delete(type, id, { context });
      } finally {
        engine.pendingIntent = null;
      }
    },

    /** Opens a record in the UI: beforeLoad runs with `view` (or `edit`) and the form is returned. */
    loadForView(type: RecordType, id: string, mode: 'view' | 'edit' = 'view'): FormView {
      const form = new Form();
      const state = stateOf(options.store.load(type, id));
      let ownerScriptFile = '';
      runUserEvents(engine, {
        entryPoint: 'beforeLoad',
        recordType: type,
        recordId: id,
        eventType: mode,
        executionContext: 'USERINTERFACE',
        context: { newRecord: new ScriptRecord(state, engine), form, request: { method: 'GET', parameters: { id } } },
      });
      const owner = [...engine.objects.scripts.values()].find(
        (script) => script.type === 'usereventscript' && script.deployments.some((d) => d.recordType === type),
      );
      ownerScriptFile = owner?.scriptFile ?? '';
      return {
        form,
        tabHtml: (label) => {
          const tab = form.tabs.find((each) => each.label === label);
          if (!tab) throw new Error(`No tab "${label}" on the ${type} form`);
          return form.htmlOfTab(tab.id);
        },
        click: (buttonId) => clickButton(engine, form, ownerScriptFile, buttonId, engine.alerts),
      };
    },

    callSuitelet(scriptId: string, deploymentId: string, request?: SuiteletRequest): SuiteletResponse {
      return callSuitelet(engine, scriptId, deploymentId, request);
    },
    /** Runs a map/reduce deployment now, whether or not a task was submitted. */
    runMapReduce(scriptId: string, deploymentId: string, runOptions?: RunOptions): MapReduceRun {
      const run = startDeployment(engine, queue, scriptId, deploymentId);
      if (!run) throw new Error(`${deploymentId} is already queued or running`);
      return run.finish(runOptions);
    },
    /**
     * Runs every submitted task, including those submitted while running, in order. `duringStage`
     * is called at every pause of every run (before getInputData, each map/reduce key, summarize):
     * a save made there happens while the run's deployment is busy.
     */
    runQueuedTasks(runOptions?: RunOptions & { maxRuns?: number }): MapReduceRun[] {
      return runQueuedTasks(engine, queue, runOptions);
    },
    /** One tick of the scheduler: every SCHEDULED map/reduce deployment that is not busy runs once. */
    runScheduledDeployments(runOptions?: RunOptions): MapReduceRun[] {
      return runScheduledDeployments(engine, queue, runOptions);
    },
    /** Takes the next submitted task and pauses it before getInputData; null when none waits. */
    startQueuedTask(): MapReduceRunInProgress | null {
      return startQueuedTask(engine, queue);
    },
    /** Starts a deployment directly (as the schedule does) and pauses it before getInputData; null when busy. */
    startMapReduce(scriptId: string, deploymentId: string): MapReduceRunInProgress | null {
      return startDeployment(engine, queue, scriptId, deploymentId);
    },

    setParameter(name: string, value: string | number | boolean | null): void {
      settings.parameters[name] = value;
    },
    setSecret(id: string, secret: string | SecretDefinition): void {
      settings.secrets[id] = typeof secret === 'string' ? { value: secret } : secret;
    },
    setHost(httpsOrigin: string, target: string): void {
      settings.hostMap[httpsOrigin.toLowerCase().replace(/\/+$/, '')] = target.replace(/\/+$/, '');
    },
    /** Simulates a script running out of governance: a lower unit limit for one script (and stage). */
    setUsageLimit(scriptId: string, units: number | null, kind?: ScriptKind): void {
      const key = kind ? `${scriptId}:${kind}` : scriptId;
      if (units === null) engine.usageLimitOverrides.delete(key);
      else engine.usageLimitOverrides.set(key, units);
    },
    clearMeters(): void {
      engine.reports.length = 0;
      engine.logs.length = 0;
    },
    async close(): Promise<void> {
      detach();
      await engine.close();
    },
  };
}
