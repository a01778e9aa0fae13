// The runtime's core: the account, the loaded SuiteApp, the stack of running script executions
// (each with its governance meter), and record reads and writes made by scripts.
import path from 'node:path';
import type { AccountStore } from '../account/store';
import type { Fields, RecordType } from '../account/types';
import { AmdLoader, type ModuleExports } from './amd-loader';
import { customRecordsOf, type CustomRecordStore } from './custom-records';
import { isStandardType } from './field-types';
import { COSTS, Meter, MODEL_MS, TIME_LIMITS_MS, UNIT_LIMITS, type MeterReading, type ScriptKind } from './governance';
import { stateOf, type RecordState } from './record-object';
import { SuiteScriptError } from './script-error';
import type { DeploymentDefinition, ScriptDefinition, SdfObjects } from './sdf-objects';
import { SyncHttp } from './sync-http';

export interface SecretDefinition {
  value: string;
  /** Application ids the secret is available to; absent means every script of the account. */
  availableToSuiteApps?: string[];
}

export interface EngineSettings {
  accountId: string;
  secrets: Record<string, SecretDefinition>;
  /** Script parameter values by parameter id (ids are unique per account); they win over the XML. */
  parameters: Record<string, string | number | boolean | null>;
  /** `https://relay.example.com` → `http://127.0.0.1:8787`: where N/https really connects. */
  hostMap: Record<string, string>;
  httpTimeoutMs: number;
  timeZone: string;
  dateFormat: string;
}

export interface Execution {
  script: ScriptDefinition;
  deployment: DeploymentDefinition | null;
  kind: ScriptKind;
  executionContext: string;
  meter: Meter;
  appId: string | null;
}

export interface ExecutionSpec {
  script: ScriptDefinition;
  deployment: DeploymentDefinition | null;
  kind: ScriptKind;
  executionContext: string;
  entryPoint: string;
  recordType?: string;
  recordId?: string;
  eventType?: string;
}

export interface ExecutionReport extends MeterReading {
  scriptId: string;
  deploymentId: string | null;
  kind: ScriptKind;
  entryPoint: string;
  executionContext: string;
  recordType: string | null;
  recordId: string | null;
  eventType: string | null;
  wallMs: number;
  error: string | null;
}

export interface LogEntry {
  level: 'debug' | 'audit' | 'error' | 'emergency';
  title: string;
  details: string;
  scriptId: string | null;
  deploymentId: string | null;
}

/** What a standard-record save means to user events: set by the runtime right before it saves. */
export interface SaveIntent {
  eventType: 'create' | 'edit' | 'xedit' | 'delete';
  changedFields?: string[];
  /** Deletes made through the runtime run beforeSubmit before the record goes. */
  beforeSubmitDone?: boolean;
}

const SIM_DATE_SOURCE = `
globalThis.__installSimDate = function (now) {
  var NativeDate = Date;
  class SimDate extends NativeDate {
    constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
    static now() { return now(); }
  }
  globalThis.Date = SimDate;
  delete globalThis.__installSimDate;
};`;

export class Engine {
  readonly customRecords: CustomRecordStore;
  readonly loader: AmdLoader;
  readonly http = new SyncHttp();
  readonly logs: LogEntry[] = [];
  /** What client scripts showed with window.alert. */
  readonly alerts: string[] = [];
  readonly reports: ExecutionReport[] = [];
  readonly usageLimitOverrides = new Map<string, number>();
  readonly realmDateClass: DateConstructor;
  pendingIntent: SaveIntent | null = null;
  private readonly stack: Execution[] = [];

  constructor(
    readonly store: AccountStore,
    readonly objects: SdfObjects,
    readonly settings: EngineSettings,
    fileCabinetRoot: string,
    nativeModules: (engine: Engine) => Record<string, unknown>,
  ) {
    this.customRecords = customRecordsOf(store);
    for (const definition of objects.customRecordTypes.values()) this.customRecords.define(definition);
    const modules = nativeModules(this);
    this.loader = new AmdLoader(
      fileCabinetRoot,
      (id) => {
        if (!(id in modules)) throw new SuiteScriptError('MODULE_DOES_NOT_EXIST', `Module does not exist: ${id}`);
        return modules[id];
      },
      { window: { alert: (message: unknown) => this.alerts.push(String(message)) } },
    );
    // Scripts read the account's clock: `new Date()` and `Date.now()` follow the SimClock.
    this.loader.evaluate<void>(SIM_DATE_SOURCE);
    this.loader.evaluate<(now: () => number) => void>('__installSimDate')(() => store.clock.now());
    this.realmDateClass = this.loader.evaluate<DateConstructor>('Date');
  }

  realmDate(ms: number): Date {
    return new this.realmDateClass(ms);
  }

  realmLocalDate(year: number, monthIndex: number, day: number): Date {
    return new this.realmDateClass(year, monthIndex, day);
  }

  current(): Execution {
    const top = this.stack.at(-1);
    if (!top) throw new SuiteScriptError('SSS_NO_SCRIPT_CONTEXT', 'No SuiteScript is running.');
    return top;
  }

  isInUserEvent(): boolean {
    return this.stack.some((execution) => execution.kind === 'userevent');
  }

  charge(api: string, units: number, ms = 0): void {
    this.stack.at(-1)?.meter.charge(api, units, ms);
  }

  script(scriptId: string): ScriptDefinition {
    const script = this.objects.scripts.get(scriptId);
    if (!script)
      throw new SuiteScriptError('SSS_INVALID_SCRIPTLET_ID', `No script ${scriptId} in the SuiteApp objects.`);
    return script;
  }

  deployment(scriptId: string, deploymentId: string): DeploymentDefinition {
    const deployment = this.script(scriptId).deployments.find((each) => each.deploymentId === deploymentId);
    if (!deployment)
      throw new SuiteScriptError('SSS_INVALID_DEPLOYMENT_ID', `No deployment ${deploymentId} of ${scriptId}.`);
    return deployment;
  }

  loadModule(script: ScriptDefinition): ModuleExports {
    return this.loader.loadEntry(script.scriptFile).exports;
  }

  /** Runs `body` as one script execution with its own governance meter, and reports it. */
  run<T>(spec: ExecutionSpec, body: (exports: ModuleExports) => T): T {
    const limit =
      this.usageLimitOverrides.get(`${spec.script.scriptId}:${spec.kind}`) ??
      this.usageLimitOverrides.get(spec.script.scriptId) ??
      UNIT_LIMITS[spec.kind];
    const meter = new Meter(limit, TIME_LIMITS_MS[spec.kind]);
    const appId = /^\/SuiteApps\/([^/]+)\//.exec(spec.script.scriptFile)?.[1] ?? null;
    const exports = this.loadModule(spec.script);
    this.stack.push({ ...spec, meter, appId });
    const started = performance.now();
    let error: string | null = null;
    try {
      return body(exports);
    } catch (thrown) {
      error = String(thrown);
      throw thrown;
    } finally {
      this.stack.pop();
      this.reports.push({
        scriptId: spec.script.scriptId,
        deploymentId: spec.deployment?.deploymentId ?? null,
        kind: spec.kind,
        entryPoint: spec.entryPoint,
        executionContext: spec.executionContext,
        recordType: spec.recordType ?? null,
        recordId: spec.recordId ?? null,
        eventType: spec.eventType ?? null,
        ...meter.reading(),
        wallMs: performance.now() - started,
        error,
      });
    }
  }

  parameter(name: string): string | number | boolean | null {
    if (name in this.settings.parameters) return this.settings.parameters[name] ?? null;
    const { script, deployment } = this.current();
    return deployment?.parameters[name] ?? script.parameterDefaults[name] ?? null;
  }

  log(entry: Omit<LogEntry, 'scriptId' | 'deploymentId'>): void {
    const top = this.stack.at(-1);
    this.logs.push({
      ...entry,
      scriptId: top?.script.scriptId ?? null,
      deploymentId: top?.deployment?.deploymentId ?? null,
    });
  }

  // ---- record access made by scripts (N/record) ----

  assertType(type: string): void {
    if (!isStandardType(type) && !this.customRecords.isCustomType(type)) {
      throw new SuiteScriptError('INVALID_RCRD_TYPE', `Invalid record type: ${type}`);
    }
  }

  loadState(type: string, id: string): RecordState {
    this.assertType(type);
    if (this.customRecords.isCustomType(type)) {
      const row = this.customRecords.load(type, id);
      this.charge(`record.load ${type}`, COSTS.load(type), MODEL_MS.load(0));
      return { ...row, sublists: {}, partial: false };
    }
    if (!this.store.has(type as RecordType, id)) {
      throw new SuiteScriptError('RCRD_DSNT_EXIST', `That record does not exist: ${type} ${id}`);
    }
    const record = this.store.load(type as RecordType, id);
    const lines = Object.values(record.sublists).reduce((sum, lines) => sum + lines.length, 0);
    this.charge(`record.load ${type}`, COSTS.load(type), MODEL_MS.load(lines));
    return stateOf(record);
  }

  /** Saves a Record; user events run through the store's listeners (see user-events.ts). */
  saveRecord(state: RecordState): string {
    const lines = Object.values(state.sublists).reduce((sum, lines) => sum + lines.length, 0);
    this.charge(`record.save ${state.type}`, COSTS.save(state.type), MODEL_MS.save(lines));
    if (this.customRecords.isCustomType(state.type)) {
      const saved = this.customRecords.save(state.type, state.id, state.fields);
      state.id = saved.id;
      return saved.id;
    }
    const context = this.saveContext();
    this.pendingIntent = { eventType: state.id === null ? 'create' : 'edit' };
    try {
      const draft = { fields: state.fields, sublists: state.sublists, ...(state.id === null ? {} : { id: state.id }) };
      const saved = this.store.save(state.type as RecordType, draft, { context });
      state.id = saved.id;
      return saved.id;
    } finally {
      this.pendingIntent = null;
    }
  }

  submitFields(type: string, id: string, values: Fields): string {
    this.assertType(type);
    this.charge(`record.submitFields ${type}`, COSTS.submitFields(type), MODEL_MS.submitFields);
    if (this.customRecords.isCustomType(type)) {
      const current = this.customRecords.load(type, id);
      return this.customRecords.save(type, id, { ...current.fields, ...values }).id;
    }
    this.pendingIntent = { eventType: 'xedit', changedFields: Object.keys(values) };
    try {
      return this.store.update(type as RecordType, id, { fields: values }, { context: this.saveContext() }).id;
    } finally {
      this.pendingIntent = null;
    }
  }

  deleteRecord(type: string, id: string): void {
    this.assertType(type);
    this.charge(`record.delete ${type}`, COSTS.delete(type), MODEL_MS.save(0));
    if (this.customRecords.isCustomType(type)) this.customRecords.delete(type, id);
    else this.store.delete(type as RecordType, id, { context: this.saveContext() });
  }

  private saveContext() {
    return { executionContext: this.stack.at(-1)?.executionContext ?? 'USERINTERFACE', user: 'SuiteScript' };
  }

  async close(): Promise<void> {
    await this.http.close();
  }
}

export function fileCabinetOf(distDir: string): string {
  return path.join(distDir, 'FileCabinet');
}
