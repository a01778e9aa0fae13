import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../relay/src/cli';
import { startBareRelay, type BareRelay } from '../../helpers/bare-relay';
import { tempDir } from '../../helpers/temp-dir';

// `mlc users …` and `mlc audit anchor` / `verify --anchor`, run in this process against a relay
// over loopback (the commands are thin: the admin API does the work).

async function mlc(relay: BareRelay, args: string[], cwd = tempDir()) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--url', relay.baseUrl], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([]),
    env: { MLC_ADMIN_TOKEN: relay.secrets.adminToken },
    cwd,
    stopSignal: new Promise(() => undefined),
  });
  return { code, stdout, stderr };
}

describe('mlc users and mlc audit anchor', () => {
  it('adds a person, prints their token once, lists them, and removes their access', async () => {
    const relay = await startBareRelay();
    const added = await mlc(relay, ['users', 'add', 'dana', '--role', 'operator']);
    expect(added.code).toBe(0);
    const token = added.stdout.trim().split('\n').at(-1)!;
    expect((await relay.admin('/v1/records', { token })).status).toBe(200);

    const listed = await mlc(relay, ['users', 'list']);
    expect(listed.stdout).toMatch(/^admin\s+admin\s+MLC_ADMIN_TOKEN$/m);
    expect(listed.stdout).toMatch(/^dana\s+operator\s+\S+\s+admin$/m);
    expect(listed.stdout).not.toContain(token);

    expect((await mlc(relay, ['users', 'add', 'eve', '--role', 'root'])).code).toBe(2);
    expect((await mlc(relay, ['users', 'remove', 'dana'])).code).toBe(0);
    expect((await relay.admin('/v1/records', { token })).status).toBe(401);
  });

  it('exports an anchor that verify --anchor then checks', async () => {
    const relay = await startBareRelay();
    // One audited action, so the anchor names a real entry.
    expect((await relay.admin('/v1/users', { method: 'POST', body: { name: 'dana', role: 'viewer' } })).status).toBe(
      201,
    );
    const cwd = tempDir();
    const exported = await mlc(relay, ['audit', 'anchor', '--out', 'anchor.json'], cwd);
    expect(exported.code).toBe(0);
    const anchor = JSON.parse(readFileSync(path.join(cwd, 'anchor.json'), 'utf8')) as { id: number; hash: string };
    expect(anchor.id).toBeGreaterThan(0);
    expect(anchor.hash).toMatch(/^[0-9a-f]{64}$/);
    const verified = await mlc(relay, ['audit', 'verify', '--anchor', 'anchor.json'], cwd);
    expect(verified.stdout).toContain('hash chain verified');
    expect(verified.code).toBe(0);
    expect((await mlc(relay, ['audit', 'verify', '--anchor', 'missing.json'], cwd)).code).toBe(2);
  });
});
