// Starts relay-stand-in.ts as a child process and talks to its control routes.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..', '..', '..');
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface ReceivedEvent {
  eventId: string;
  action: string;
  recordType: string;
  recordId: string;
  source: string;
  snapshot: Record<string, unknown> | null;
}

export interface StandIn {
  baseUrl: string;
  received(): Promise<ReceivedEvent[]>;
  /** How many times each event id was posted (a duplicate counts again). */
  deliveries(): Promise<Record<string, number>>;
  setClockOffset(ms: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startStandIn(options: { secret: string; accountId: string }): Promise<StandIn> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(HERE, 'relay-stand-in.ts')], {
    env: { PATH: process.env.PATH ?? '', STAND_IN_SECRET: options.secret, STAND_IN_ACCOUNT: options.accountId },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  onTestFinished(stop);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('relay stand-in did not start')), 20_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /"listening":(\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    received: async () => (await (await fetch(`${baseUrl}/__received`)).json()) as ReceivedEvent[],
    deliveries: async () => (await (await fetch(`${baseUrl}/__deliveries`)).json()) as Record<string, number>,
    setClockOffset: async (ms) => {
      await fetch(`${baseUrl}/__offset`, { method: 'POST', body: JSON.stringify({ ms }) });
    },
    stop,
  };
}
