import type { Readable } from 'node:stream';

/** What a command may touch: its streams, the environment it was given and the working directory. */
export interface CliContext {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Resolves when the user asks the command to stop (Ctrl-C, SIGTERM). */
  stopSignal: Promise<NodeJS.Signals>;
}

export function print(context: CliContext, line = ''): void {
  context.stdout.write(`${line}\n`);
}
