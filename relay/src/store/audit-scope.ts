import { AsyncLocalStorage } from 'node:async_hooks';
import { systemClock, type Clock } from '../time/clock';

/**
 * What every audit entry a database writes is made with: the key that chains it, the secret
 * values cut out of its detail, and the clock that stamps it. A database is opened with one
 * (`openDatabase({ audit })`) and runs each write transaction inside it, so `appendAudit(tx, entries)`
 * takes nothing else and no caller threads secrets or a clock to it.
 */
export interface AuditContext {
  /** Keys the chain (`auditKeyOf(masterKey)`); undefined for tools and tests without the master key. */
  readonly key: Buffer | undefined;
  /** Secret values redacted from every entry; `[]` for a database that redacts none (tools, tests). */
  readonly secrets: readonly string[];
  readonly clock: Clock;
}

/** The context of a tool or test: its key if it has one, nothing to redact, the system clock. */
export function toolAudit(key?: Buffer): AuditContext {
  return { key, secrets: [], clock: systemClock };
}

const scope = new AsyncLocalStorage<AuditContext>();

/** Runs `fn` (a write transaction) with `context` as the audit context of every entry it appends. */
export function withAuditContext<T>(context: AuditContext, fn: () => Promise<T>): Promise<T> {
  return scope.run(context, fn);
}

/** Runs `fn` with the current context re-keyed (`mlc rotate-key` appends under the new key). */
export function withAuditKey<T>(key: Buffer, fn: () => Promise<T>): Promise<T> {
  return scope.run({ ...currentAuditContext(), key }, fn);
}

/** Runs `fn` with more values to redact: ones the relay does not hold yet (a credential being set, a new token). */
export function withAuditSecrets<T>(values: readonly string[], fn: () => Promise<T>): Promise<T> {
  const context = currentAuditContext();
  return scope.run({ ...context, secrets: [...context.secrets, ...values] }, fn);
}

/** The context of the write in progress; appending outside a database's write is a bug. */
export function currentAuditContext(): AuditContext {
  const context = scope.getStore();
  if (!context) throw new Error('Audit entries are appended inside a write transaction (Database.write).');
  return context;
}
