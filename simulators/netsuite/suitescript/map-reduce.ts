// Runs a map/reduce deployment stage by stage, each invocation with its own governance limit
// (getInputData 10,000; map 1,000 per key; reduce 5,000 per key; summarize 10,000), and hands
// summarize the input error, the per-key errors and the output as NetSuite does. The run is a
// sequence of invocations (`mapReduceSteps` pauses before each), so callers can act between two of
// them: that is where users save records while a dispatch is running.
import type { Engine, ExecutionReport } from './engine';
import type { ScriptKind } from './governance';
import { summaryOf, type Entry, type KeyState } from './map-reduce-summary';
import { SuiteScriptError } from './script-error';

export interface MapReduceRun {
  scriptId: string;
  deploymentId: string;
  inputError: string | null;
  mapErrors: { key: string; error: string }[];
  reduceErrors: { key: string; error: string }[];
  summarizeError: string | null;
  output: { key: string; value: string }[];
  stages: ExecutionReport[];
}

export type MapReduceStage = 'getInputData' | 'map' | 'reduce' | 'summarize';

/** A pause between two invocations of a running map/reduce: the deployment is busy throughout. */
export interface MapReducePause {
  scriptId: string;
  deploymentId: string;
  /** The stage the run is in: the stage of the invocation that runs next. */
  stage: MapReduceStage;
  /** The key the next map or reduce invocation takes; null before getInputData and summarize. */
  key: string | null;
  /** The report of the invocation that ran last; null before getInputData. */
  last: ExecutionReport | null;
}

function serialize(error: unknown): string {
  if (error instanceof SuiteScriptError) return String(error);
  const named = error as { name?: string; message?: string; stack?: string };
  return JSON.stringify({
    type: 'error.SuiteScriptError',
    name: named?.name ?? 'Error',
    message: named?.message ?? String(error),
  });
}

function toEntries(input: unknown): Entry[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  if (Array.isArray(input)) return input.map((value, index) => ({ key: String(index), value: text(value) }));
  if (input && typeof input === 'object')
    return Object.entries(input).map(([key, value]) => ({ key, value: text(value) }));
  if (input === undefined || input === null) return [];
  throw new SuiteScriptError(
    'INVALID_INPUT',
    'getInputData must return an array or an object (searches and queries are not simulated).',
  );
}

function writer(into: Entry[]) {
  return (keyOrOptions: unknown, value?: unknown) => {
    const options =
      typeof keyOrOptions === 'object' && keyOrOptions !== null
        ? (keyOrOptions as { key: unknown; value: unknown })
        : { key: keyOrOptions, value };
    into.push({
      key: String(options.key),
      value: typeof options.value === 'string' ? options.value : JSON.stringify(options.value),
    });
  };
}

/**
 * The run as a generator: it pauses before each invocation (getInputData, each map key, each reduce
 * key, summarize) and returns the finished run. Each invocation is one script execution with its own
 * governance meter; during a pause no script of this run is executing.
 */
export function* mapReduceSteps(
  engine: Engine,
  scriptId: string,
  deploymentId: string,
): Generator<MapReducePause, MapReduceRun, void> {
  const script = engine.script(scriptId);
  const deployment = engine.deployment(scriptId, deploymentId);
  if (script.type !== 'mapreducescript') throw new Error(`${scriptId} is not a map/reduce script`);
  const module = engine.loadModule(script);
  const retries = Number((module.config as { retryCount?: number } | undefined)?.retryCount ?? 0);
  const run: MapReduceRun = {
    scriptId,
    deploymentId,
    inputError: null,
    mapErrors: [],
    reduceErrors: [],
    summarizeError: null,
    output: [],
    stages: [],
  };
  const invoke = (kind: ScriptKind, entryPoint: MapReduceStage, work: () => void): string | null => {
    try {
      engine.run({ script, deployment, kind, executionContext: 'MAPREDUCE', entryPoint }, () => work());
      return null;
    } catch (error) {
      return serialize(error);
    } finally {
      run.stages.push(engine.reports.at(-1) as ExecutionReport);
    }
  };
  const pause = (stage: MapReduceStage, key: string | null): MapReducePause => ({
    scriptId,
    deploymentId,
    stage,
    key,
    last: run.stages.at(-1) ?? null,
  });

  let entries: Entry[] = [];
  yield pause('getInputData', null);
  run.inputError = invoke('mapreduce.getInputData', 'getInputData', () => {
    entries = toEntries((module.getInputData as () => unknown)());
  });

  const perKey = function* (
    kind: ScriptKind,
    entryPoint: 'map' | 'reduce',
    key: string,
    context: Record<string, unknown>,
    errors: { key: string; error: string }[],
  ): Generator<MapReducePause, KeyState, void> {
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      yield pause(entryPoint, key);
      const error = invoke(kind, entryPoint, () =>
        (module[entryPoint] as (c: unknown) => void)({
          ...context,
          isRestarted: attempt > 0,
          executionNo: attempt + 1,
        }),
      );
      if (error === null) return { key, executions: attempt + 1, state: 'COMPLETE' };
      if (attempt === retries) errors.push({ key, error });
    }
    return { key, executions: retries + 1, state: 'FAILED' };
  };

  const mapped: Entry[] = [];
  const mapKeys: KeyState[] = [];
  if (typeof module.map === 'function') {
    for (const entry of entries) {
      const context = { key: entry.key, value: entry.value, write: writer(mapped) };
      mapKeys.push(yield* perKey('mapreduce.map', 'map', entry.key, context, run.mapErrors));
    }
  } else mapped.push(...entries);

  const reduceKeys: KeyState[] = [];
  if (typeof module.reduce === 'function') {
    const groups = new Map<string, string[]>();
    for (const pair of mapped) groups.set(pair.key, [...(groups.get(pair.key) ?? []), pair.value]);
    for (const [key, values] of groups) {
      const context = { key, values, write: writer(run.output) };
      reduceKeys.push(yield* perKey('mapreduce.reduce', 'reduce', key, context, run.reduceErrors));
    }
  } else run.output.push(...mapped);

  if (typeof module.summarize === 'function') {
    yield pause('summarize', null);
    const summary = summaryOf(engine, run, { mapKeys, reduceKeys, retries });
    run.summarizeError = invoke('mapreduce.summarize', 'summarize', () =>
      (module.summarize as (s: unknown) => void)(summary),
    );
  }
  return run;
}

/** Runs a deployment from start to end. */
export function runMapReduce(engine: Engine, scriptId: string, deploymentId: string): MapReduceRun {
  const steps = mapReduceSteps(engine, scriptId, deploymentId);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}
