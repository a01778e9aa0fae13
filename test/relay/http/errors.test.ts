import { describe, expect, it } from 'vitest';
import { createApp } from '../../../relay/src/app';
import { loadConfig } from '../../../relay/src/config';
import { ApiError, ERROR_STATUS } from '../../../relay/src/http/errors';
import { capturedLogger } from '../../helpers/captured-logger';
import type { Database } from '../../../relay/src/store/database';
import { createReferenceCache } from '../../../relay/src/sync/reference-cache';

function appWithRoutes() {
  const captured = capturedLogger();
  const app = createApp(loadConfig({}), {
    database: {} as Database,
    references: createReferenceCache({} as Database),
    logger: captured.logger,
    readiness: { database: async () => ({ ok: true }) },
  });
  app.get('/bug', () => {
    throw new TypeError('cannot read properties of undefined (reading "internal detail")');
  });
  app.get('/client-error', () => {
    throw new ApiError('record_not_found', 'No vendorbill 42 is known to the relay.');
  });
  return { app, ...captured };
}

describe('the error format', () => {
  it('turns a thrown bug into a generic 500 and keeps the details in the log alone', async () => {
    const { app, lines } = appWithRoutes();
    const response = await app.request('/bug');
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe('internal_error');
    expect(body.error.message).not.toContain('internal detail');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
    const logged = lines().find((line) => line.msg === 'unhandled error');
    expect(JSON.stringify(logged)).toContain('internal detail');
    expect(logged?.requestId).toBe(body.error.requestId);
  });

  it('answers a client error with its code, status and message', async () => {
    const { app } = appWithRoutes();
    const response = await app.request('/client-error');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: Record<string, string> };
    expect(body.error).toMatchObject({ code: 'record_not_found', message: 'No vendorbill 42 is known to the relay.' });
  });

  it('maps every error code to a client or server status', () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it('reports readiness per check and 503 when one fails', async () => {
    const captured = capturedLogger();
    const app = createApp(loadConfig({}), {
      database: {} as Database,
      references: createReferenceCache({} as Database),
      logger: captured.logger,
      readiness: {
        database: async () => ({ ok: true }),
        procurify: async () => {
          throw new Error('boom');
        },
      },
    });
    const response = await app.request('/readyz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'not_ready',
      checks: { database: { ok: true }, procurify: { ok: false, reason: 'the check failed unexpectedly' } },
    });
  });
});
