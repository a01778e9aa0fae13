import type { Context } from 'hono';
import { verifyAssertion } from '../auth/verify-assertion';
import type { SimEnv, SimulatorState } from '../simulator';

export const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** The URL clients must put in `aud`: the token URL as this request reached it. */
export function tokenUrlOf(c: Context): string {
  return `${new URL(c.req.url).origin}${TOKEN_PATH}`;
}

function oauthError(c: Context, state: SimulatorState, error: string): Response {
  // RFC 6749 form, not o:errorDetails (docs/reference/netsuite-api.md "Token request").
  if (error === 'invalid_client') {
    return c.json({ error }, 401, { 'WWW-Authenticate': `Basic realm="${state.settings.accountId}"` });
  }
  return c.json({ error }, 400);
}

/** POST /services/rest/auth/oauth2/v1/token: client credentials with a signed JWT assertion. */
export async function handleTokenRequest(c: Context<SimEnv>, state: SimulatorState): Promise<Response> {
  const audit = (
    clientId: string | null,
    certificateId: string | null,
    status: 'Success' | 'Failure',
    detail: string,
  ) => state.auth.loginAudit.push({ at: state.clock.now(), clientId, certificateId, status, detail });
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    audit(null, null, 'Failure', 'UnsupportedContentType');
    return oauthError(c, state, 'invalid_request');
  }
  const form = new URLSearchParams(await c.req.text());
  const grantType = form.get('grant_type');
  const assertionType = form.get('client_assertion_type');
  const assertion = form.get('client_assertion');
  if (grantType !== 'client_credentials') {
    audit(null, null, 'Failure', `UnsupportedGrantType ${grantType ?? '(none)'}`);
    return oauthError(c, state, grantType ? 'unsupported_grant_type' : 'invalid_request');
  }
  if (assertionType !== ASSERTION_TYPE || !assertion) {
    audit(null, null, 'Failure', 'MissingClientAssertion');
    return oauthError(c, state, 'invalid_request');
  }
  const result = await verifyAssertion(assertion, {
    registry: state.auth,
    now: state.clock.now(),
    tokenUrl: tokenUrlOf(c),
    allowRs256: state.settings.allowRs256,
  });
  if (!result.ok) {
    audit(result.clientId, result.certificateId, 'Failure', result.detail);
    return oauthError(c, state, result.error);
  }
  audit(result.clientId, result.certificateId, 'Success', 'TokenIssued');
  const lifetime = state.settings.tokenLifetimeSeconds;
  const token = state.auth.issueToken(result.clientId, state.clock.now() + lifetime * 1000, result.certificateId);
  return c.json({ access_token: token, expires_in: String(lifetime), token_type: 'Bearer' });
}
