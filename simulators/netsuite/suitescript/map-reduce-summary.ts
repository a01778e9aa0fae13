// The summarize stage's context, shaped as NetSuite hands it over: iterators over the keys each
// stage processed (with execution count and completion state), the errors, and the output.
// Key order follows Oracle's reference: map keys numerically when all are numbers, else
// lexicographically; reduce keys and output lexicographically
// (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4472745365.html,
// section_4472747832.html, section_4472729410.html).
import type { Engine } from './engine';
import type { MapReduceRun } from './map-reduce';

export type Entry = { key: string; value: string };

export interface KeyState {
  key: string;
  executions: number;
  state: 'COMPLETE' | 'FAILED' | 'PENDING';
}

/** `container.iterator().each((...row) => boolean)`; each row is the callback's argument list. */
function container(rows: unknown[][]) {
  return {
    iterator: () => ({
      each(callback: (...row: unknown[]) => boolean) {
        for (const row of rows) if (callback(...row) === false) break;
      },
    }),
  };
}

const lexicographic = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortedKeys(keys: KeyState[], numericWhenPossible: boolean): KeyState[] {
  const numeric = numericWhenPossible && keys.every((each) => /^-?\d+(\.\d+)?$/.test(each.key));
  return [...keys].sort((a, b) => (numeric ? Number(a.key) - Number(b.key) : lexicographic(a.key, b.key)));
}

export interface StageKeys {
  mapKeys: KeyState[];
  reduceKeys: KeyState[];
  retries: number;
}

export function summaryOf(engine: Engine, run: MapReduceRun, keys: StageKeys) {
  const now = () => engine.realmDate(engine.store.clock.now());
  const errors = (list: { key: string; error: string }[]) =>
    container(list.map((each) => [each.key, each.error, keys.retries + 1]));
  const keyRows = (list: KeyState[]) => list.map((each) => [each.key, each.executions, each.state]);
  const stageStats = { concurrency: 1, seconds: 0, usage: 0, yields: 0 };
  return {
    dateCreated: now(),
    seconds: 0,
    usage: 0,
    concurrency: 1,
    yields: 0,
    inputSummary: { dateCreated: now(), error: run.inputError, seconds: 0, usage: 0 },
    mapSummary: {
      keys: container(keyRows(sortedKeys(keys.mapKeys, true))),
      errors: errors(run.mapErrors),
      ...stageStats,
    },
    reduceSummary: {
      keys: container(keyRows(sortedKeys(keys.reduceKeys, false))),
      errors: errors(run.reduceErrors),
      ...stageStats,
    },
    output: container(
      [...run.output].sort((a, b) => lexicographic(a.key, b.key)).map((each) => [each.key, each.value]),
    ),
  };
}
