import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { spawnRelay, startRelayChild, type RelayChild } from '../../relay/src/demo/relay-child';

// The real relay as a child process (relay/src/demo/relay-child.ts, as the demo runs it), killed when
// the test ends.

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type RelayProcess = RelayChild;

/**
 * Starts the real relay (`relay/src/main.ts`) as a child process with exactly the given environment
 * and waits until it listens. MLC_PORT defaults to 0 (a free port), read back from the log.
 */
export async function startRelay(options: { env?: Record<string, string>; cwd: string }): Promise<RelayProcess> {
  const relay = await startRelayChild({ root: ROOT, cwd: options.cwd, env: { MLC_PORT: '0', ...options.env } });
  onTestFinished(async () => {
    await relay.stop('SIGKILL');
  });
  return relay;
}

/** Runs the relay expecting it to exit at once (a bad environment); resolves its exit code and output. */
export async function runRelayExpectingExit(options: {
  env: Record<string, string>;
  cwd: string;
  /** Run as this user (the test runs as root: a file it cannot write needs another user). */
  uid?: number;
}): Promise<{ code: number | null; output: string }> {
  const child = spawnRelay({ root: ROOT, ...options });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, output };
}
