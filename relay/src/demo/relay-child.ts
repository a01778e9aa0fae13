import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { environment } from '../config/environment';

// The real relay (relay/src/main.ts) in its own process, for the demo, the tests and the benchmarks:
// the SuiteScript runtime makes synchronous HTTP calls (a worker thread and Atomics.wait), which
// would deadlock against a server in the same thread; and a child can be killed like production's.

export interface RelayChild {
  child: ChildProcess;
  baseUrl: string;
  /** Its standard output and error, a line each: every line, or with a `logFile` only the first 50. */
  output: string[];
  /** Signals the relay (SIGTERM: a shutdown; SIGKILL: a crash) and resolves its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The relay could not listen: its port was taken between the demo's check and the relay's start. */
export class RelayPortBusyError extends Error {}

export interface SpawnRelayOptions {
  /** The package root: relay/src/main.ts and node_modules/tsx. */
  root: string;
  /** The relay's whole environment (PATH is added): it reads nothing of this process's. */
  env: Record<string, string>;
  /** Default: the root. */
  cwd?: string;
  /** Another entry point than relay/src/main.ts (a test's relay on its own clock), relative to the root. */
  entry?: string;
  /** Opens an IPC channel (process.send in the child). */
  ipc?: boolean;
  /** Runs as this user and group (a test running as root needs a file it cannot write). */
  uid?: number;
}

/** Spawns the relay under tsx; the caller reads its output. Same process group: a Ctrl-C reaches it too. */
export function spawnRelay(options: SpawnRelayOptions): ChildProcess {
  const loader = pathToFileURL(path.join(options.root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const entry = path.join(options.root, options.entry ?? path.join('relay', 'src', 'main.ts'));
  return spawn(process.execPath, ['--import', loader, entry], {
    cwd: options.cwd ?? options.root,
    env: { PATH: environment().PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
}

/** Starts the relay and resolves once it listens (the port is read back from its log: MLC_PORT may be 0). */
export async function startRelayChild(
  options: Omit<SpawnRelayOptions, 'entry' | 'ipc' | 'uid'> & {
    /** Its output goes to this file as well. */
    logFile?: string;
  },
): Promise<RelayChild> {
  const child = spawnRelay(options);
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  if (log) {
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  const output: string[] = [];
  // 'close', not 'exit': the output is read to its end first.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the relay did not start within 30 s; ${log ? `see ${options.logFile}` : output.join('\n')}`));
    }, 30_000);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (!log || output.length < 50) output.push(line);
        const match = /"port":(\d+).*"msg":"relay listening"/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      if (output.some((line) => line.includes('EADDRINUSE'))) reject(new RelayPortBusyError(output.join('\n')));
      reject(new Error(`the relay exited (${code}) before listening:\n${output.join('\n')}`));
    });
  });
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      log?.end();
      return code;
    },
  };
}
