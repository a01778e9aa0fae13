import { hostname } from 'node:os';
import type { Database } from './database';
import { relayHeartbeat } from './schema';

const RELAY = `${hostname()}:${process.pid}`;

/** A real write through the write queue: readiness proves the database takes writes, not only `select 1`. */
export async function writeHeartbeat(database: Database, nowMs: number): Promise<void> {
  const values = { at: new Date(nowMs).toISOString(), atMs: nowMs };
  await database.write((tx) =>
    tx
      .insert(relayHeartbeat)
      .values({ relay: RELAY, ...values })
      .onConflictDoUpdate({ target: relayHeartbeat.relay, set: values }),
  );
}
