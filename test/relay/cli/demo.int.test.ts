import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { MLC } from './run-mlc';

// The demo as a user starts it: one command, then the dashboard's records through the API with
// the printed token, then Ctrl-C.

describe('mlc demo', () => {
  it('serves synced, linked, needs_mapping and failed records within a minute and stops cleanly on SIGINT', async () => {
    const cwd = tempDir('mlc-demo-');
    const child = spawn(process.execPath, [MLC, 'demo', '--port', '0', '--data-dir', 'demo-data'], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    const output: string[] = [];
    const started = Date.now();
    const { adminUrl, token } = await new Promise<{ adminUrl: string; token: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no admin URL within 60 s:\n${output.join('\n')}`)), 60_000);
      let adminUrl = '';
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream }).on('line', (line) => {
          output.push(line);
          adminUrl = /Admin pages:\s+(\S+)/.exec(line)?.[1] ?? adminUrl;
          const token = /Admin token:\s+(\S+)/.exec(line)?.[1];
          if (adminUrl && token) {
            clearTimeout(timer);
            resolve({ adminUrl, token });
          }
        });
      }
      void exited.then((code) => reject(new Error(`the demo exited with ${code}:\n${output.join('\n')}`)));
    });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(adminUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/$/);

    const relay = new URL(adminUrl).origin;
    const response = await fetch(`${relay}/v1/records?limit=500`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { recordType: string; recordId: string; status: string }[] };
    const states = new Set(items.map((item) => item.status));
    for (const state of ['synced', 'linked', 'needs_mapping', 'failed']) expect(states).toContain(state);
    expect(items.find((item) => item.recordType === 'vendorbill' && item.recordId === '1002')?.status).toBe(
      'needs_mapping',
    );
    expect(items.find((item) => item.recordType === 'vendorbill' && item.recordId === '1006')?.status).toBe('linked');
    expect(items.filter((item) => item.status === 'failed').map((item) => item.recordType)).toEqual(['vendor']);
    expect(output.join('\n')).toMatch(/Procurify simulator:\s+http:\/\/127\.0\.0\.1:\d+/);
    expect(output.join('\n')).toMatch(/NetSuite simulator:\s+http:\/\/127\.0\.0\.1:\d+/);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${relay}/healthz`)).rejects.toThrow();
  }, 90_000);
});
