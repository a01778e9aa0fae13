import { AsyncLocalStorage } from 'node:async_hooks';

// Lets the jobs of one claimed batch share a call: each job hands in its item under a key, and when
// every job of the batch is either waiting here or finished, one `send` goes out per key with all
// the items. No timer is involved, so the batching is the same on a simulated clock, and a job that
// never joins (a bill with nothing to pay) only has to finish to let the others go.

/** Resolves with how many items the shared call carried. */
export type SendTogether = <T>(key: string, item: T, send: (items: T[]) => Promise<void>) => Promise<number>;

export interface BatchCall {
  /** For a job of the batch: resolves (or rejects) with the shared call that carried its item. */
  join: SendTogether;
  /** A job of the batch has finished (whether it joined or not). */
  leave(): void;
}

interface Waiting {
  item: unknown;
  /** The joining job's async context: the shared request is audited under the first joiner's record. */
  context: <R>(run: () => R) => R;
  send: (items: unknown[]) => Promise<void>;
  resolve: (carried: number) => void;
  reject: (error: unknown) => void;
}

export function createBatchCall(jobs: number): BatchCall {
  let running = jobs;
  const waiting = new Map<string, Waiting[]>();

  function flushWhenAllWait(): void {
    if (running > 0 || waiting.size === 0) return;
    const groups = [...waiting.values()];
    waiting.clear();
    for (const group of groups) {
      // The jobs carried by this call run again once it answered.
      running += group.length;
      Promise.resolve()
        .then(() => group[0]!.context(() => group[0]!.send(group.map((entry) => entry.item))))
        .then(
          () => group.forEach((entry) => entry.resolve(group.length)),
          (error: unknown) => group.forEach((entry) => entry.reject(error)),
        );
    }
  }

  return {
    join: (key, item, send) =>
      new Promise<number>((resolve, reject) => {
        const group = waiting.get(key) ?? [];
        const context = AsyncLocalStorage.snapshot();
        group.push({ item, context: (run) => context(run), send: send as Waiting['send'], resolve, reject });
        waiting.set(key, group);
        running -= 1;
        flushWhenAllWait();
      }),
    leave() {
      running -= 1;
      flushWhenAllWait();
    },
  };
}
