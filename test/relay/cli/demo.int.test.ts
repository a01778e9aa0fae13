import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseEnv } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { MLC, runMlc } from './run-mlc';

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
      let token = '';
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream }).on('line', (line) => {
          output.push(line);
          adminUrl = /Admin pages:\s+(\S+)/.exec(line)?.[1] ?? adminUrl;
          token = /Admin token:\s+(\S+)/.exec(line)?.[1] ?? token;
          if (adminUrl && token && line.startsWith('Press Ctrl-C')) {
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
    const procurify = /Procurify simulator:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output.join('\n'))?.[1];
    expect(procurify).toBeDefined();
    // Its approver approves each submitted bill, so the bills paid in NetSuite are marked paid (4) there.
    const held = (await (await fetch(`${procurify}/__sim/state`)).json()) as {
      bills: { status: number; note: string | null }[];
    };
    const written = held.bills.filter((bill) => bill.note?.includes('NetSuite vendor bill'));
    expect(written.filter((bill) => bill.status === 4).length).toBeGreaterThan(0);
    expect(output.join('\n')).toMatch(/NetSuite simulator:\s+http:\/\/127\.0\.0\.1:\d+/);

    // The banner says how to point the CLI at this relay; as printed, it lists the failed vendor.
    const settings = /export (MLC_HOST=\S+ MLC_PORT=\d+ MLC_ADMIN_TOKEN=\S+)$/m.exec(output.join('\n'))?.[1];
    expect(settings).toBeDefined();
    const failed = await runMlc(['records', '--status', 'failed'], {
      cwd,
      env: parseEnv(settings!.replaceAll(' ', '\n')) as Record<string, string>,
    });
    expect(failed.stderr).toBe('');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(
      /^vendor\s+\d+\s+Northwind Precision Machining.*\s+failed\s+.*Then: mlc replay vendor \d+$/m,
    );

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${relay}/healthz`)).rejects.toThrow();
  }, 90_000);

  it('names a busy port, from MLC_PORT or --port, before starting anything and without a stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void busy.close());
    const port = (busy.address() as AddressInfo).port;
    const cwd = tempDir('mlc-demo-busy-');

    const fromSetting = await runMlc(['demo', '--data-dir', 'demo-data'], { cwd, env: { MLC_PORT: String(port) } });
    expect(fromSetting.code).toBe(1);
    expect(fromSetting.stderr).toBe(
      `mlc demo: port ${port} is already in use (another relay or demo?). Stop it, or choose another port: ` +
        '`MLC_PORT=8788 npm run demo` (or `mlc demo --port 8788`; 0 picks a free one).\n',
    );
    expect(fromSetting.stdout).toBe('');
    expect(existsSync(path.join(cwd, 'demo-data'))).toBe(false);

    const fromFlag = await runMlc(['demo', '--port', String(port)], { cwd, env: { MLC_PORT: '1' } });
    expect(fromFlag.code).toBe(1);
    expect(fromFlag.stderr).toContain(`port ${port} is already in use`);

    const badSetting = await runMlc(['demo'], { cwd, env: { MLC_PORT: 'eighty' } });
    expect(badSetting.code).toBe(78);
    expect(badSetting.stderr).toBe('mlc demo: MLC_PORT: must be a whole number from 0 to 65535.\n');
  });
});
