// Runs a map/reduce deployment stage by stage, each invocation with its own governance limit
// (getInputData 10,000; map 1,000 per key; reduce 5,000 per key; summarize 10,000), and hands
// summarize the input error, the per-key errors and the output as NetSuite does.
import type { Engine, ExecutionReport } from './engine';
import type { ScriptKind } from './governance';
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

type Entry = { key: string; value: string };

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

/**
 * NetSuite's summary iterator containers: `summary.output.iterator().each((key, value) => …)`.
 * Each row is the argument list the callback gets (key and value; key, error and execution number;
 * key, execution count and completion state).
 */
function container(rows: [string, ...unknown[]][]) {
  return {
    iterator: () => ({
      each(callback: (...row: unknown[]) => boolean) {
        for (const row of rows) if (callback(...row) === false) break;
      },
    }),
  };
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

export function runMapReduce(engine: Engine, scriptId: string, deploymentId: string): MapReduceRun {
  const script = engine.script(scriptId);
  const deployment = engine.deployment(scriptId, deploymentId);
  if (script.type !== 'mapreducescript') throw new Error(`${scriptId} is not a map/reduce script`);
  const module = engine.loadModule(script);
  const retries = Number((module.config as { retryCount?: number } | undefined)?.retryCount ?? 0);
  const firstReport = engine.reports.length;
  const stage = (kind: ScriptKind, entryPoint: string, work: () => void) =>
    engine.run({ script, deployment, kind, executionContext: 'MAPREDUCE', entryPoint }, () => work());
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

  let entries: Entry[] = [];
  try {
    stage('mapreduce.getInputData', 'getInputData', () => {
      entries = toEntries((module.getInputData as () => unknown)());
    });
  } catch (error) {
    run.inputError = serialize(error);
  }

  const perKey = (
    kind: ScriptKind,
    entryPoint: 'map' | 'reduce',
    key: string,
    context: Record<string, unknown>,
    errors: { key: string; error: string }[],
  ) => {
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      try {
        stage(kind, entryPoint, () =>
          (module[entryPoint] as (c: unknown) => void)({
            ...context,
            isRestarted: attempt > 0,
            executionNo: attempt + 1,
          }),
        );
        return;
      } catch (error) {
        if (attempt === retries) errors.push({ key, error: serialize(error) });
      }
    }
  };

  const mapped: Entry[] = [];
  if (typeof module.map === 'function') {
    for (const entry of entries) {
      perKey(
        'mapreduce.map',
        'map',
        entry.key,
        { key: entry.key, value: entry.value, write: writer(mapped) },
        run.mapErrors,
      );
    }
  } else mapped.push(...entries);

  if (typeof module.reduce === 'function') {
    const groups = new Map<string, string[]>();
    for (const pair of mapped) groups.set(pair.key, [...(groups.get(pair.key) ?? []), pair.value]);
    for (const [key, values] of groups) {
      perKey('mapreduce.reduce', 'reduce', key, { key, values, write: writer(run.output) }, run.reduceErrors);
    }
  } else run.output.push(...mapped);

  if (typeof module.summarize === 'function') {
    const summary = {
      dateCreated: engine.realmDate(engine.store.clock.now()),
      seconds: 0,
      usage: 0,
      concurrency: 1,
      yields: 0,
      inputSummary: {
        dateCreated: engine.realmDate(engine.store.clock.now()),
        error: run.inputError,
        seconds: 0,
        usage: 0,
      },
      mapSummary: {
        keys: container(entries.map((e) => [e.key, 1, 'COMPLETE'])),
        errors: container(run.mapErrors.map((e) => [e.key, e.error, retries + 1])),
        concurrency: 1,
        seconds: 0,
        usage: 0,
        yields: 0,
      },
      reduceSummary: {
        keys: container([]),
        errors: container(run.reduceErrors.map((e) => [e.key, e.error, retries + 1])),
        concurrency: 1,
        seconds: 0,
        usage: 0,
        yields: 0,
      },
      output: container(run.output.map((e) => [e.key, e.value])),
    };
    try {
      stage('mapreduce.summarize', 'summarize', () => (module.summarize as (s: unknown) => void)(summary));
    } catch (error) {
      run.summarizeError = serialize(error);
    }
  }
  run.stages = engine.reports.slice(firstReport);
  return run;
}
