import { Hono } from 'hono';
import type { SimContext, SimEnv } from '../context';
import { JsonParseFailure } from '../middleware';

// POST /oauth/token: client credentials with a JSON body. The documented audience is required.
// Errors follow OAuth 2.0 / Auth0 (Procurify's token issuer): `{"error": "...", "error_description": "..."}`.

export const AUDIENCE = 'https://api.procurify.com/';

export function oauthRoutes(sim: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.post('/oauth/token', (c) => {
    const body = c.get('body');
    // Only JSON is documented; a form-encoded body (or none) is refused rather than guessed at.
    if (
      !(c.req.header('content-type') ?? '').includes('application/json') ||
      body instanceof JsonParseFailure ||
      !isObject(body)
    ) {
      return c.json(
        {
          error: 'invalid_request',
          error_description: 'Send a JSON body with client_id, client_secret, audience and grant_type.',
        },
        400,
      );
    }
    const missing = ['client_id', 'client_secret', 'audience', 'grant_type'].filter(
      (field) => typeof body[field] !== 'string' || body[field] === '',
    );
    if (missing.length)
      return c.json({ error: 'invalid_request', error_description: `Missing required parameter: ${missing[0]}` }, 400);
    if (body.grant_type !== 'client_credentials')
      return c.json(
        { error: 'unsupported_grant_type', error_description: 'Unsupported grant type: ' + String(body.grant_type) },
        400,
      );
    if (body.client_id !== sim.settings.clientId || body.client_secret !== sim.settings.clientSecret) {
      return c.json({ error: 'invalid_client', error_description: 'Unauthorized' }, 401);
    }
    if (body.audience !== AUDIENCE) {
      return c.json(
        { error: 'access_denied', error_description: `Service not enabled within domain: ${String(body.audience)}` },
        403,
      );
    }
    const issued = sim.tokens.issue(sim.settings.clientId, sim.settings.tokenTtlSeconds);
    return c.json({
      access_token: issued.token,
      scope: `urn:procurify-api:domain:${sim.settings.domain} urn:procurify-api:email:integration-bot@procurify-sim.example`,
      expires_in: sim.settings.tokenTtlSeconds,
      token_type: 'Bearer',
    });
  });
  return app;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
