// Governance: unit costs per API call and unit limits per script type (docs/reference/netsuite-api.md "Governance"), and the
// per-execution meter that charges them. Simulated time is a model, not a measurement: each call
// adds a fixed latency (below) so benchmarks compare like with like; HTTP adds its real duration.
import { SuiteScriptError } from './script-error';

export type ScriptKind =
  | 'userevent'
  | 'suitelet'
  | 'restlet'
  | 'client'
  | 'scheduled'
  | 'mapreduce.getInputData'
  | 'mapreduce.map'
  | 'mapreduce.reduce'
  | 'mapreduce.summarize';

export const UNIT_LIMITS: Record<ScriptKind, number> = {
  userevent: 1000,
  suitelet: 1000,
  restlet: 5000,
  client: 1000,
  scheduled: 10000,
  'mapreduce.getInputData': 10000,
  'mapreduce.map': 1000,
  'mapreduce.reduce': 5000,
  'mapreduce.summarize': 10000,
};

export const TIME_LIMITS_MS: Record<ScriptKind, number> = {
  userevent: 300_000,
  suitelet: 300_000,
  restlet: 300_000,
  client: Number.POSITIVE_INFINITY,
  scheduled: 3_600_000,
  'mapreduce.getInputData': 3_600_000,
  'mapreduce.map': 300_000,
  'mapreduce.reduce': 900_000,
  'mapreduce.summarize': 3_600_000,
};

/** Record classes that price record calls: transactions, custom records, everything else. */
export type RecordClass = 'transaction' | 'custom' | 'other';

export function recordClass(type: string): RecordClass {
  if (type === 'vendorbill' || type === 'purchaseorder') return 'transaction';
  return type.startsWith('customrecord') ? 'custom' : 'other';
}

const LOAD_UNITS: Record<RecordClass, number> = { transaction: 10, custom: 2, other: 5 };
const SAVE_UNITS: Record<RecordClass, number> = { transaction: 20, custom: 4, other: 10 };

export const COSTS = {
  load: (type: string) => LOAD_UNITS[recordClass(type)],
  create: (type: string) => LOAD_UNITS[recordClass(type)],
  submitFields: (type: string) => LOAD_UNITS[recordClass(type)],
  save: (type: string) => SAVE_UNITS[recordClass(type)],
  delete: (type: string) => SAVE_UNITS[recordClass(type)],
  https: 10,
  query: 10,
  lookupFields: 1,
  taskSubmit: 20,
} as const;

/** Modelled latency per call in ms (an assumption of this simulator, not a NetSuite figure). */
export const MODEL_MS = {
  load: (lines: number) => 25 + lines * 0.5,
  save: (lines: number) => 60 + lines * 2,
  submitFields: 30,
  create: 2,
  query: 20,
  lookupFields: 5,
  taskSubmit: 15,
} as const;

export interface MeteredCall {
  api: string;
  units: number;
  ms: number;
}

export interface MeterReading {
  unitsUsed: number;
  unitLimit: number;
  simulatedMs: number;
  calls: MeteredCall[];
}

export class Meter {
  unitsUsed = 0;
  simulatedMs = 0;
  readonly calls: MeteredCall[] = [];

  constructor(
    readonly unitLimit: number,
    readonly timeLimitMs: number,
  ) {}

  remaining(): number {
    return Math.max(0, this.unitLimit - this.unitsUsed);
  }

  /** Charges a call; throws SSS_USAGE_LIMIT_EXCEEDED (and charges nothing) when the budget is short. */
  charge(api: string, units: number, ms = 0): void {
    if (this.unitsUsed + units > this.unitLimit) {
      throw new SuiteScriptError(
        'SSS_USAGE_LIMIT_EXCEEDED',
        `Script Execution Usage Limit Exceeded: ${api} needs ${units} units, ${this.remaining()} of ${this.unitLimit} left.`,
      );
    }
    this.unitsUsed += units;
    this.addTime(api, ms);
    this.calls.push({ api, units, ms });
  }

  addTime(api: string, ms: number): void {
    this.simulatedMs += ms;
    if (this.simulatedMs > this.timeLimitMs) {
      throw new SuiteScriptError('SSS_TIME_LIMIT_EXCEEDED', `Script Execution Time Limit Exceeded during ${api}.`);
    }
  }

  reading(): MeterReading {
    return {
      unitsUsed: this.unitsUsed,
      unitLimit: this.unitLimit,
      simulatedMs: this.simulatedMs,
      calls: [...this.calls],
    };
  }
}
