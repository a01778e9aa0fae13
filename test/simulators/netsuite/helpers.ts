import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT, exportSPKI, generateKeyPair, importPKCS8, type CryptoKey } from 'jose';
import { onTestFinished } from 'vitest';
import { createClock } from '../../../simulators/netsuite/account/clock';
import {
  startNetSuiteSimulator,
  type NetSuiteSimulatorOptions,
  type RunningNetSuiteSimulator,
} from '../../../simulators/netsuite/server';
import { smallScenario } from './fixtures/small-scenario';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const CLIENT_ID = 'client-4f6b0d2c9e8a';
export const CERTIFICATE_ID = 'cert-ec-1';
export const SCENARIO_NOW = Date.parse('2026-11-20T15:00:00Z');

/** A simulator on a free port with the small scenario, a frozen clock and one registered EC certificate. */
export async function startSeededSimulator(options: NetSuiteSimulatorOptions = {}): Promise<RunningNetSuiteSimulator> {
  const sim = await startNetSuiteSimulator({
    clock: createClock({ mode: 'frozen', start: SCENARIO_NOW }),
    scenario: smallScenario(),
    ...options,
  });
  onTestFinished(() => sim.close());
  sim.control.registerCertificate({
    certificateId: CERTIFICATE_ID,
    clientId: CLIENT_ID,
    pem: readFileSync(path.join(FIXTURES, 'test-ec-cert.pem'), 'utf8'),
  });
  return sim;
}

export async function fixtureEcKey(): Promise<CryptoKey> {
  return importPKCS8(readFileSync(path.join(FIXTURES, 'test-ec-key.pem'), 'utf8'), 'ES256');
}

export async function rsaKeyPair(
  alg: 'PS256' | 'RS256' = 'PS256',
): Promise<{ privateKey: CryptoKey; publicPem: string }> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { modulusLength: 2048, extractable: true });
  return { privateKey, publicPem: await exportSPKI(publicKey) };
}

export interface AssertionOptions {
  key: CryptoKey;
  alg?: string;
  kid?: string;
  iss?: string;
  aud?: string;
  scope?: string | string[];
  iat?: number;
  exp?: number;
}

export async function signAssertion(sim: RunningNetSuiteSimulator, options: AssertionOptions): Promise<string> {
  const iat = options.iat ?? Math.floor(sim.clock.now() / 1000);
  return new SignJWT({ scope: options.scope ?? ['rest_webservices'] })
    .setProtectedHeader({ alg: options.alg ?? 'ES256', kid: options.kid ?? CERTIFICATE_ID, typ: 'JWT' })
    .setIssuer(options.iss ?? CLIENT_ID)
    .setAudience(options.aud ?? sim.tokenUrl)
    .setIssuedAt(iat)
    .setExpirationTime(options.exp ?? iat + 3000)
    .sign(options.key);
}

export async function requestToken(sim: RunningNetSuiteSimulator, assertion: string): Promise<Response> {
  return fetch(sim.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    }),
  });
}

export async function accessToken(sim: RunningNetSuiteSimulator): Promise<string> {
  const response = await requestToken(sim, await signAssertion(sim, { key: await fixtureEcKey() }));
  if (response.status !== 200) throw new Error(`token request failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export interface SuiteQlPage {
  links: { rel: string; href: string }[];
  count: number;
  hasMore: boolean;
  items: Record<string, unknown>[];
  offset: number;
  totalResults: number;
}

export async function suiteql(
  sim: RunningNetSuiteSimulator,
  token: string,
  q: string,
  params = 'limit=1000&offset=0',
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${sim.baseUrl}/services/rest/query/v1/suiteql?${params}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', prefer: 'transient', ...headers },
    body: JSON.stringify({ q }),
  });
}

/** The poller's keyset query of docs/architecture.md "Polling". */
export function keysetQuery(table: string, watermark: string, lastId: number, extra = ''): string {
  const at = `TO_TIMESTAMP('${watermark}','YYYY-MM-DD HH24:MI:SS')`;
  return (
    `SELECT id, TO_CHAR(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM ${table} ` +
    `WHERE ${extra}(lastmodifieddate > ${at} OR (lastmodifieddate = ${at} AND id > ${lastId})) ` +
    `ORDER BY lastmodifieddate, id FETCH FIRST 1000 ROWS ONLY`
  );
}

/** SDF objects with the sync-state record type and a test type whose selects pin what they point at. */
export const SDF_FIXTURES = path.join(FIXTURES, 'sdf-objects');

export type RecordCall = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Response>;

/** Calls `/services/rest/record/v1/<path>` with a bearer token and, when given, a JSON body. */
export async function recordApi(sim: RunningNetSuiteSimulator): Promise<RecordCall> {
  const token = await accessToken(sim);
  return (method, recordPath, body, headers = {}) =>
    fetch(`${sim.baseUrl}/services/rest/record/v1/${recordPath}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}
