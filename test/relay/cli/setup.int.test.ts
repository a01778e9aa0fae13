import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../../relay/src/config';
import { loadCredentials } from '../../../relay/src/store/credentials';
import { openDatabase } from '../../../relay/src/store/database';
import { toolAudit } from '../../../relay/src/store/audit-scope';
import { listOverrides } from '../../../relay/src/store/mapping-overrides';
import { FEATURE_PROFILES } from '../../../simulators/netsuite/account/features';
import { startNetSuiteSimulator } from '../../../simulators/netsuite';
import { startProcurifySimulator } from '../../../simulators/procurify';
import { threePlants } from '../../../simulators/scenario/three-plants';
import { tempDir } from '../../helpers/temp-dir';
import { runCliInProcess } from './run-cli-in-process';

// `mlc setup` driven end to end against both simulators, its answers scripted on standard input as
// an administrator would type them, the certificate "uploaded" to NetSuite while it waits for the
// Certificate ID. The account is the basic profile (no Departments, no Multiple Currencies), so the
// two questions only such accounts get are asked too.

async function world() {
  const scenario = threePlants();
  const procurify = await startProcurifySimulator({ port: 0, scenario });
  const netsuite = await startNetSuiteSimulator({ port: 0, scenario });
  netsuite.store.features = { ...FEATURE_PROFILES.basic };
  // Stands in for the relay behind its TLS proxy: only its liveness check is asked.
  const relay = createServer((_request, response) => response.end('{"status":"ok"}'));
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    relay.close();
    await procurify.close();
    await netsuite.close();
  });
  const cwd = tempDir('mlc-setup-');
  return {
    scenario,
    procurify,
    netsuite,
    cwd,
    relayUrl: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    // The simulator's host instead of <account>.suitetalk.api.netsuite.com.
    env: { NETSUITE_BASE_URL: netsuite.baseUrl, MLC_REQUEST_TIMEOUT: '5s' },
    certificateFile: path.join(cwd, 'data', 'netsuite', 'netsuite-certificate.pem'),
  };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 20_000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function sealed(cwd: string) {
  const masterKey = loadConfig({
    MLC_MASTER_KEY: readFileSync(path.join(cwd, 'data', 'master.key'), 'utf8').trim(),
  }).masterKey!;
  const database = await openDatabase({ url: `file:${path.join(cwd, 'data', 'mlc.db')}`, audit: toolAudit() });
  try {
    return {
      procurify: (await loadCredentials(database.db, 'procurify', masterKey))?.values,
      netsuite: (await loadCredentials(database.db, 'netsuite', masterKey))?.values,
      departments: await listOverrides(database.db, 'departments'),
    };
  } finally {
    database.close();
  }
}

describe('mlc setup', () => {
  it('asks, seals, checks each connection and prints what to paste where; a second run keeps everything', async () => {
    const { scenario, netsuite, procurify, cwd, env, relayUrl, certificateFile } = await world();
    async function* typed() {
      yield `${relayUrl}\n${procurify.baseUrl}\nsim-client-id\nsim-client-secret\n${scenario.accountId}\n`;
      // The administrator uploads the certificate setup made, and NetSuite shows the two ids.
      await until(() => existsSync(certificateFile));
      netsuite.control.registerCertificate({
        certificateId: 'cert-1',
        clientId: 'client-1',
        pem: readFileSync(certificateFile, 'utf8'),
      });
      yield 'client-1\ncert-1\ncad\n4\n';
    }
    const run = await runCliInProcess(['setup', '--production'], { cwd, env, stdin: typed() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const settings = parseEnv(readFileSync(path.join(cwd, '.env'), 'utf8'));
    expect(settings).toMatchObject({ NODE_ENV: 'production', NETSUITE_BASE_CURRENCY: 'CAD' });
    // What to paste where: the API secret's value, and the relay address as the company preference.
    expect(run.stdout).toContain(`Password (both boxes):  ${settings.MLC_EVENT_SECRET}`);
    expect(run.stdout).toMatch(new RegExp(`Custom Preferences[\\s\\S]*\\n  ${relayUrl}\\n`));
    expect(run.stdout).toContain(`upload\n     data/netsuite/netsuite-certificate.pem`);
    // Each step checked as doctor checks it, the features included.
    expect(run.stdout).toContain(`ok    the relay answers at ${relayUrl}`);
    expect(run.stdout).toMatch(/ok +token and first read: client credentials accepted/);
    expect(run.stdout).toMatch(/ok +features: Departments off, .*Multiple Currencies off/);
    expect(run.stdout).toMatch(/ok +SuiteQL vendor bills: \d+ found/);
    expect(run.stdout).toMatch(/Departments: 0 of 1 map automatically; 1 need attention:\n {2}- \(no department\)/);
    expect(run.stdout).toContain('Both connections work.');
    // Secrets stay out of the output, except the one the administrator pastes.
    expect(run.stdout).not.toContain('sim-client-secret');
    expect(run.stdout).not.toContain('PRIVATE KEY');
    expect(run.stdout).not.toContain(settings.MLC_ADMIN_TOKEN);

    const stored = await sealed(cwd);
    expect(stored.procurify).toMatchObject({
      baseUrl: procurify.baseUrl,
      tokenUrl: `${procurify.baseUrl}/oauth/token`,
      clientId: 'sim-client-id',
      clientSecret: 'sim-client-secret',
    });
    expect(stored.netsuite).toMatchObject({
      accountId: scenario.accountId,
      clientId: 'client-1',
      certificateId: 'cert-1',
    });
    expect(stored.netsuite?.privateKey).toBe(
      readFileSync(path.join(cwd, 'data/netsuite/netsuite-private-key.pem'), 'utf8'),
    );
    expect(stored.departments).toEqual([{ netsuiteId: '0', procurifyId: '4' }]);

    // Run again with nothing typed: every answer defaults to the stored one, and nothing is replaced.
    const envBefore = readFileSync(path.join(cwd, '.env'), 'utf8');
    const keyBefore = readFileSync(path.join(cwd, 'data/netsuite/netsuite-private-key.pem'), 'utf8');
    const again = await runCliInProcess(['setup', '--relay-url', relayUrl], { cwd, env, stdin: '' });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Settings: ');
    expect(again.stdout).toContain('already there, kept');
    expect(again.stdout).toMatch(/Key pair: .*\(kept; --new-key-pair replaces it\)/);
    expect(again.stdout).toMatch(/Departments: all 0 map automatically/);
    expect(readFileSync(path.join(cwd, '.env'), 'utf8')).toBe(envBefore);
    expect(readFileSync(path.join(cwd, 'data/netsuite/netsuite-private-key.pem'), 'utf8')).toBe(keyBefore);
    expect(await sealed(cwd)).toEqual(stored);
  });

  it('stops at a refused Procurify secret, names it in plain words and says to run it again', async () => {
    const { procurify, cwd, env, relayUrl } = await world();
    const run = await runCliInProcess(['setup', '--relay-url', relayUrl, '--procurify-base-url', procurify.baseUrl], {
      cwd,
      env,
      stdin: 'sim-client-id\nnot-the-secret\n',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}token and first read: Procurify refused the client credentials/);
    expect(run.stdout).toContain('run `mlc setup` again');
    expect(run.stdout).not.toContain('NetSuite access');
    expect(run.stdout + run.stderr).not.toContain('not-the-secret');
  });

  it('refuses a relay address NetSuite could not call, naming the flag', async () => {
    const { cwd, env } = await world();
    const run = await runCliInProcess(['setup', '--relay-url', 'http://relay.example.com/mlc'], { cwd, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--relay-url must be https://');
  });
});
