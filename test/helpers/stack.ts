import { onTestFinished } from 'vitest';
import { LOCAL_SECRETS, startLocalStack, type LocalStackOptions } from './local-stack';
import { capturedLogger } from './captured-logger';
import { tempDir } from './temp-dir';

// The local stack (both simulators and the relay in this process) for one test, with a captured
// log and known secret values, so tests can check none of them leaks.

export const SECRETS = LOCAL_SECRETS;

export type Stack = Awaited<ReturnType<typeof startStack>>;

export async function startStack(options: Pick<LocalStackOptions, 'env' | 'beforeRelay'> = {}) {
  const log = capturedLogger({ level: 'debug' });
  const stack = await startLocalStack({
    dataDir: tempDir('mlc-stack-'),
    logger: log.logger,
    env: options.env,
    beforeRelay: options.beforeRelay,
    relay: { idleMs: 25, retryBaseMs: 200 },
  });
  onTestFinished(() => stack.close());
  return {
    ...stack,
    log,
    /**
     * Waits until the relay has nothing left to do: no part at work, no record waiting to be
     * processed (now or later) and no write-back waiting, twice in a row. For checks that nothing
     * more happens, instead of a fixed sleep.
     */
    async settled(timeoutMs = 20_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      for (let quiet = 0; ;) {
        const open = await stack.relay.database.client.execute(
          'select (select count(*) from sync_record where dirty = 1) + (select count(*) from writeback) as n',
        );
        quiet = !stack.relay.busy() && Number(open.rows[0]?.n) === 0 ? quiet + 1 : 0;
        if (quiet === 2) return;
        if (Date.now() > deadline) throw new Error(`the relay did not settle within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    /** Waits until the record reaches one of the states, and its writeback (if any) has gone out. */
    async waitFor(recordType: string, recordId: string, states: string[], timeoutMs = 20_000): Promise<RecordBody> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { status, body } = await stack.admin<RecordBody>(`/v1/records/${recordType}/${recordId}`);
        const pending = await stack.relay.database.client.execute({
          sql: 'select count(*) as n from writeback where record_type = ? and record_id = ?',
          args: [recordType, recordId],
        });
        if (status === 200 && states.includes(body.status) && pending.rows[0]?.n === 0) return body;
        if (Date.now() > deadline)
          throw new Error(`${recordType} ${recordId} is ${JSON.stringify(body)}, not ${states.join('/')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

export interface RecordBody {
  recordType: string;
  recordId: string;
  status: string;
  procurifyId: string | null;
  message: string | null;
  issues: { code: string; message?: string }[];
  attempts: number;
  lastSyncedAt: string | null;
  history: { action: string; detail: Record<string, unknown> }[];
}
