import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const MLC = path.join(ROOT, 'bin', 'mlc.js');

export interface MlcRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `bin/mlc.js` as a user would, with exactly the given environment (plus PATH). */
export async function runMlc(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; stdin?: string },
): Promise<MlcRun> {
  const child = spawn(process.execPath, [MLC, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.stdin ?? '');
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}
