import { Readable } from 'node:stream';
import { runCli } from '../../../relay/src/cli';
import type { MlcRun } from './run-mlc';

/**
 * Runs an `mlc` command in this process, as `bin/mlc.js` would, with exactly the given environment
 * and standard input: no process start-up, and simulators started by the test are in reach.
 */
export async function runCliInProcess(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; stdin?: string | AsyncIterable<string> },
): Promise<MlcRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(
      typeof options.stdin === 'string' || options.stdin === undefined ? [options.stdin ?? ''] : options.stdin,
    ),
    env: { ...options.env },
    cwd: options.cwd,
    stopSignal: new Promise(() => {}),
  });
  return { code, stdout, stderr };
}
