import { environment } from '../config/environment';
import type { CliContext } from './context';
import { runCli } from './run-cli';

export { runCli } from './run-cli';
export type { CliContext } from './context';

/** The `mlc` process: real streams, the real environment, and Ctrl-C / SIGTERM as the stop signal. */
export async function main(argv: string[]): Promise<number> {
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const context: CliContext = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: environment(),
    cwd: process.cwd(),
    stopSignal,
  };
  return runCli(argv, context);
}
