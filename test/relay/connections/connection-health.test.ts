import { describe, expect, it } from 'vitest';
import { createConnectionHealth } from '../../../relay/src/connections/connection-health';
import { clockReading } from '../../../relay/src/time/clock';
import type { RequestRecord } from '../../../relay/src/transport';

const TOKEN = '/services/rest/auth/oauth2/v1/token';
const SUITEQL = '/services/rest/query/v1/suiteql';

const netsuite = (path: string, status: number, attempt = 1): RequestRecord => ({
  system: 'netsuite',
  method: 'POST',
  path,
  status,
  durationMs: 5,
  attempt,
});

describe('connection health', () => {
  it('takes a NetSuite 401 on the first try for an expired token, not a refusal', () => {
    const health = createConnectionHealth(clockReading(() => 0));
    health.record(netsuite(SUITEQL, 401, 1));
    health.record(netsuite(TOKEN, 200));
    health.record(netsuite(SUITEQL, 200, 2));
    expect(health.get('netsuite')).toMatchObject({ credentialsRefused: false, refusalCode: null });
  });

  it('reports netsuite_auth_failed when a 401 survives a fresh token, until a request works again', () => {
    const health = createConnectionHealth(clockReading(() => 0));
    health.record(netsuite(SUITEQL, 401, 1));
    health.record(netsuite(TOKEN, 200));
    health.record(netsuite(SUITEQL, 401, 2));
    expect(health.get('netsuite')).toMatchObject({ credentialsRefused: true, refusalCode: 'netsuite_auth_failed' });

    // The next token is issued as before: that alone does not mean the role works again.
    health.record(netsuite(TOKEN, 200));
    expect(health.get('netsuite').credentialsRefused).toBe(true);
    health.record(netsuite(SUITEQL, 200, 1));
    expect(health.get('netsuite')).toMatchObject({ credentialsRefused: false, refusalCode: null });
  });

  it('reports a refused NetSuite token request as netsuite_auth_failed, ended by the next token', () => {
    const health = createConnectionHealth(clockReading(() => 0));
    health.record(netsuite(TOKEN, 401));
    expect(health.get('netsuite')).toMatchObject({ credentialsRefused: true, refusalCode: 'netsuite_auth_failed' });
    health.record(netsuite(TOKEN, 200));
    expect(health.get('netsuite')).toMatchObject({ credentialsRefused: false, refusalCode: null });
  });

  it('keeps a refused Procurify token without a NetSuite code', () => {
    const health = createConnectionHealth(clockReading(() => 0));
    health.record({
      system: 'procurify',
      method: 'POST',
      path: '/oauth/token',
      status: 401,
      durationMs: 5,
      attempt: 1,
    });
    expect(health.get('procurify')).toMatchObject({ credentialsRefused: true, refusalCode: null });
  });
});
