import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNetSuiteKeyPair } from '../../../relay/src/netsuite';
import { startNetSuiteSimulator } from '../../../simulators/netsuite';
import { startProcurifySimulator } from '../../../simulators/procurify';
import { threePlants } from '../../../simulators/scenario/three-plants';
import { onTestFinished } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from './run-mlc';

// `mlc doctor` against both simulators: what works, and the two mistakes people make most.

async function simulators() {
  const scenario = threePlants();
  const procurify = await startProcurifySimulator({ port: 0, scenario });
  const netsuite = await startNetSuiteSimulator({ port: 0, scenario });
  onTestFinished(async () => {
    await procurify.close();
    await netsuite.close();
  });
  const keys = await generateNetSuiteKeyPair();
  netsuite.control.registerCertificate({ certificateId: 'cert-1', clientId: 'client-1', pem: keys.certificatePem });
  const dir = tempDir('mlc-doctor-');
  const env = {
    MLC_DATABASE_URL: `file:${path.join(dir, 'mlc.db')}`,
    MLC_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    NETSUITE_ACCOUNT_ID: scenario.accountId,
    NETSUITE_BASE_URL: netsuite.baseUrl,
    NETSUITE_CLIENT_ID: 'client-1',
    NETSUITE_CERTIFICATE_ID: 'cert-1',
    NETSUITE_PRIVATE_KEY: keys.privateKeyPem,
    PROCURIFY_BASE_URL: procurify.baseUrl,
    PROCURIFY_CLIENT_ID: 'sim-client-id',
    PROCURIFY_CLIENT_SECRET: 'sim-client-secret',
    MLC_REQUEST_TIMEOUT: '5s',
  };
  return { dir, env, scenario };
}

describe('mlc doctor', () => {
  it('passes every check and prints the fit report with the scenario’s unmapped accounts and department', async () => {
    const { dir, env } = await simulators();
    const run = await runMlc(['doctor'], { cwd: dir, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ok +token: client assertion accepted/);
    expect(run.stdout).toMatch(/ok +token and first read: client credentials accepted/);
    expect(run.stdout).toMatch(/ok +SuiteQL vendor bills: \d+ found/);
    expect(run.stdout).toMatch(/ok +record API vendorBill: read vendorBill \d+/);
    expect(run.stdout).toMatch(/ok +read accounts \(code × department\): \d+ found/);
    expect(run.stdout).toMatch(/NetSuite: {2}60 vendors, \d+ vendor bills/);
    expect(run.stdout).toMatch(/GL accounts: \d+ of \d+ map automatically; \d+ need attention:/);
    expect(run.stdout).toContain('Tooling & Dies');
    expect(run.stdout).toContain('Research & Development');
    expect(run.stdout).toContain('Both connections work.');
    expect(run.stdout).not.toContain('sim-client-secret');
    expect(run.stdout).not.toContain('PRIVATE KEY');
  });

  it('says in plain words that Procurify refused a wrong client secret, and exits 1', async () => {
    const { dir, env } = await simulators();
    const run = await runMlc(['doctor'], { cwd: dir, env: { ...env, PROCURIFY_CLIENT_SECRET: 'not-the-secret' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /FAIL {2}token and first read: Procurify refused the client credentials \(HTTP 40\d\): the client id or client secret is wrong/,
    );
    expect(run.stdout).toMatch(/ok +token: client assertion accepted/);
    expect(run.stdout).toContain('Problems found');
    expect(run.stdout + run.stderr).not.toContain('not-the-secret');
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('says in plain words that the NetSuite certificate does not match the private key, and exits 1', async () => {
    const { dir, env } = await simulators();
    const other = await generateNetSuiteKeyPair();
    const run = await runMlc(['doctor'], { cwd: dir, env: { ...env, NETSUITE_PRIVATE_KEY: other.privateKeyPem } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /FAIL {2}token: netsuite_auth_failed: NetSuite refused the token request \(invalid_\w+\): the certificate uploaded for certificate id "cert-1" does not match the private key/,
    );
    expect(run.stdout).toContain('Skipped: it needs both connections working.');
  });

  it('names the settings still missing when nothing is configured, and exits 1', async () => {
    const dir = tempDir('mlc-doctor-empty-');
    const run = await runMlc(['doctor'], { cwd: dir, env: { MLC_DATABASE_URL: `file:${path.join(dir, 'mlc.db')}` } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}configured: not configured: set PROCURIFY_BASE_URL, .*PROCURIFY_CLIENT_SECRET/);
    expect(run.stdout).toMatch(/FAIL {2}configured: not configured: set NETSUITE_ACCOUNT_ID/);
  });
});
