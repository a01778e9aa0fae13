import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Secret } from '../config';
import {
  embeddedFilePath,
  ensureDatabaseFile,
  fileIdentity,
  identityProblem,
  tightenDatabaseFiles,
} from './database-file';
import { withAuditContext, type AuditContext } from './audit-scope';
import type { Tx } from './executor';
import type { Clock } from '../time/clock';
import * as schema from './schema';

export type Db = LibSQLDatabase<typeof schema>;

export interface Database {
  readonly db: Db;
  readonly client: Client;
  /** Keys the audit chain (derived from the master key); absent for tools and tests without one. */
  readonly auditKey: Buffer | undefined;
  /** The relay's clock, as opened with: it stamps audit entries and the store's own times. */
  readonly clock: Clock;
  /**
   * Adds secret values the audit redacts from here on: the relay's credentials, read from this
   * database once it is open.
   */
  redactInAudit(values: readonly string[]): void;
  /** The embedded database file; undefined for a libSQL server. */
  readonly file: string | undefined;
  /**
   * Why the embedded file is no longer the one opened (deleted, replaced), else undefined. SQLite
   * keeps writing to a deleted file's open handle, so commits would succeed and vanish on restart.
   */
  fileProblem(): string | undefined;
  /**
   * Runs `fn` in a write transaction (BEGIN IMMEDIATE), one at a time in this process. The embedded
   * driver waits for a busy lock synchronously, blocking the event loop; two overlapping write
   * transactions in one process would stall each other, so writes queue here instead.
   * Every write goes through it; reads use `db` directly (WAL lets them run alongside). It runs in
   * the database's audit context, so the audit entries it appends are keyed, redacted and stamped.
   */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): void;
}

const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens the libSQL database. A `file:` URL is the embedded default: the file and its directory are
 * created owner-only (unless `create` is false: production expects `mlc init` to have made it) and
 * the file runs in WAL mode so it can be copied while the relay runs. Any other URL is a libSQL
 * server shared by several relays.
 *
 * Writes on an embedded file go through one connection of their own (they are serialised anyway),
 * with `synchronous` as configured: `normal` (the default) survives any crash or kill of the relay,
 * and skips the disk sync on each commit; `full` also survives a power loss, at a disk sync per commit.
 */
export async function openDatabase(options: {
  url: string;
  authToken?: Secret | undefined;
  synchronous?: 'normal' | 'full';
  /** Create a missing embedded file (default); false makes it a DatabaseMissingError. */
  create?: boolean;
  /**
   * What every write's audit entries are made with: the audit key (`auditKeyOf(masterKey)`), the
   * secret values to redact, the clock (`toolAudit()` for a tool or test: no key unless given, no secrets).
   */
  audit: AuditContext;
}): Promise<Database> {
  const file = embeddedFilePath(options.url);
  const isFile = file !== undefined;
  if (file) ensureDatabaseFile(file, { create: options.create ?? true });
  const open = (concurrency?: number) =>
    createClient({
      url: options.url,
      authToken: options.authToken?.reveal(),
      // Several connections (worker, poller, HTTP) share the file: wait for a lock instead of failing.
      timeout: 5_000,
      ...(concurrency ? { concurrency } : {}),
    });
  const client = open();
  if (isFile) await client.execute('PRAGMA journal_mode = WAL');
  if (file) tightenDatabaseFiles(file);
  const opened = file ? fileIdentity(file) : undefined;
  const writer = isFile ? open(1) : client;
  if (isFile) await writer.execute(`PRAGMA synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  const db = drizzle(client, { schema });
  const writeDb = isFile ? drizzle(writer, { schema }) : db;
  let audit = options.audit;
  const redactInAudit = (values: readonly string[]) => {
    audit = { ...audit, secrets: [...new Set([...audit.secrets, ...values])] };
  };
  let queue: Promise<unknown> = Promise.resolve();
  const write = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> => {
    const run = queue.then(() => withAuditContext(audit, () => writeDb.transaction(fn)));
    queue = run.catch(() => undefined);
    return run;
  };
  const close = () => {
    client.close();
    if (writer !== client) writer.close();
  };
  const fileProblem = () => (file && opened ? identityProblem(file, opened) : undefined);
  const { key: auditKey, clock } = options.audit;
  return { db, client, file, auditKey, clock, redactInAudit, fileProblem, write, close };
}

/** Applies the drizzle-kit migrations; already-applied ones are skipped, so a second start changes nothing. */
export async function migrateDatabase(database: Database): Promise<void> {
  await migrate(database.db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** A cheap round trip for readiness checks. */
export async function pingDatabase(database: Database): Promise<void> {
  await database.db.run(sql`select 1`);
}
