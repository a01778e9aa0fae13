import { AsyncLocalStorage } from 'node:async_hooks';

// The audit key travels with the write transaction instead of through every caller: a database
// opened with the master key runs each write inside this scope, and appendAudit reads it from
// there, so its `(tx, entries, options)` signature stays as every store module calls it.

const scope = new AsyncLocalStorage<Buffer>();

export function withAuditKey<T>(key: Buffer | undefined, fn: () => Promise<T>): Promise<T> {
  return key ? scope.run(key, fn) : fn();
}

/** The key of the write in progress, or undefined for a database opened without one (tests, tools). */
export function currentAuditKey(): Buffer | undefined {
  return scope.getStore();
}
