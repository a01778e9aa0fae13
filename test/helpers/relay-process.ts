import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(ROOT, 'relay', 'src', 'main.ts');
// Absolute, because the relay runs in a temp directory with no node_modules of its own.
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface RelayProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Every line written to standard output and standard error so far. */
  output: string[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the real relay (`relay/src/main.ts`) as a child process with exactly the given environment
 * and waits until it listens. MLC_PORT defaults to 0 (a free port), read back from the log.
 */
export async function startRelay(options: { env?: Record<string, string>; cwd: string }): Promise<RelayProcess> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', MLC_PORT: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start:\n${output.join('\n')}`)), 30_000);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        output.push(line);
        const port = /"port":(\d+).*"msg":"relay listening"/.exec(line)?.[1];
        if (port) {
          clearTimeout(timer);
          resolve(Number(port));
        }
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited with ${code} before listening:\n${output.join('\n')}`));
    });
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  onTestFinished(async () => {
    await stop('SIGKILL');
  });
  const port = await listening;
  return { child, baseUrl: `http://127.0.0.1:${port}`, output, stop };
}

/** Runs the relay expecting it to exit at once (a bad environment); resolves its exit code and output. */
export async function runRelayExpectingExit(options: {
  env: Record<string, string>;
  cwd: string;
  /** Run as this user (the test runs as root: a file it cannot write needs another user). */
  uid?: number;
}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}
