import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseEnv } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { MLC, runMlc } from './run-mlc';

describe('mlc serve', () => {
  it('runs the relay with the settings init wrote (.env and master key file) and stops cleanly on SIGINT', async () => {
    const cwd = tempDir('mlc-serve-');
    expect((await runMlc(['init'], { cwd })).code).toBe(0);
    const adminToken = parseEnv(readFileSync(path.join(cwd, '.env'), 'utf8')).MLC_ADMIN_TOKEN!;

    const child = spawn(process.execPath, [MLC, 'serve', '--port', '0'], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    const output: string[] = [];
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line:\n${output.join('\n')}`)), 30_000);
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream }).on('line', (line) => {
          output.push(line);
          const match = /"port":(\d+).*"msg":"relay listening"/.exec(line);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
      }
    });
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const records = await fetch(`${base}/v1/records`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(records.status).toBe(200);
    // The master key came from the key file: no development secrets were generated.
    expect(output.join('\n')).not.toContain('generated development secrets');

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output.join('\n')).not.toContain(adminToken);
  });
});
