import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { spawnRelay } from '../../../relay/src/demo/relay-child';
import type { FromRelay, ToRelay } from './relay-on-offset-clock';

// Not test/helpers/relay-process.ts (it needs vitest): the benchmark runs this relay outside it too.
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const ENTRY = 'test/day/support/relay-on-offset-clock.ts';

export type RelayStatus = Extract<FromRelay, { type: 'status' }>;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The relay child of the day suite: its port, its clock and what it is doing, over IPC. */
export interface ClockedRelay {
  baseUrl: string;
  output: string[];
  setOffset(offsetMs: number): Promise<void>;
  status(): Promise<RelayStatus>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startClockedRelay(options: {
  cwd: string;
  env: Record<string, string>;
  offsetMs: number;
}): Promise<ClockedRelay> {
  // Its port comes over IPC: the suite's relay logs only warnings.
  const child: ChildProcess = spawnRelay({
    root: ROOT,
    entry: ENTRY,
    ipc: true,
    cwd: options.cwd,
    env: { MLC_PORT: '0', ...options.env, DAY_CLOCK_OFFSET_MS: String(options.offsetMs) },
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (output.length < 500) output.push(line);
    });
  }
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start:\n${output.join('\n')}`)), 30_000);
    child.once('message', (message: FromRelay) => {
      if (message.type !== 'listening') return;
      clearTimeout(timer);
      resolve(message.port);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`relay exited before listening:\n${output.join('\n')}`));
    });
  });

  let sequence = 0;
  const waiting = new Map<number, (answer: FromRelay) => void>();
  child.on('message', (answer: FromRelay) => {
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  const ask = (message: WithoutId<ToRelay>): Promise<FromRelay> =>
    new Promise((resolve, reject) => {
      const id = (sequence += 1);
      waiting.set(id, resolve);
      if (!child.connected) reject(new Error(`the relay is gone:\n${output.slice(-20).join('\n')}`));
      else child.send({ ...message, id } as ToRelay);
    });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output,
    async setOffset(offsetMs) {
      await ask({ type: 'offset', offsetMs });
    },
    async status() {
      return (await ask({ type: 'status' })) as RelayStatus;
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
