import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { environment } from '../config/environment';

// The demo's relay runs in its own process: the SuiteScript runtime makes synchronous HTTP calls
// (a worker thread and Atomics.wait), which would deadlock against a server in the same thread.

export interface RelayChild {
  baseUrl: string;
  stop(): Promise<number | null>;
}

/** The relay could not listen: its port was taken between the demo's check and the relay's start. */
export class RelayPortBusyError extends Error {}

export async function startRelayChild(options: {
  root: string;
  env: Record<string, string>;
  logFile: string;
}): Promise<RelayChild> {
  const loader = pathToFileURL(path.join(options.root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, path.join(options.root, 'relay', 'src', 'main.ts')], {
    cwd: options.root,
    env: { PATH: environment().PATH ?? '', ...options.env },
    // Same process group: if the demo dies, a terminal's Ctrl-C or hang-up still reaches the relay.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(options.logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the relay did not start within 30 s; see ${options.logFile}`)),
      30_000,
    );
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (lines.length < 50) lines.push(line);
        const match = /"port":(\d+).*"msg":"relay listening"/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      if (lines.some((line) => line.includes('EADDRINUSE'))) reject(new RelayPortBusyError(lines.join('\n')));
      reject(new Error(`the relay exited (${code}) before listening:\n${lines.join('\n')}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      log.end();
      return code;
    },
  };
}
