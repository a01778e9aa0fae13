import { z } from 'zod';
import type { Secret } from '../config';
import { HttpError } from '../transport/errors';
import { parseResponse } from '../transport/parse-response';
import { sendRequest, type SentRequest } from '../transport/send-request';
import type { IssuedToken } from '../transport/token-cache';
import { signClientAssertion } from './client-assertion';

/** Tokens last 60 minutes; we replace them after 50 (docs/architecture.md "Credentials and tokens"). */
export const netSuiteRefreshAfterMs = (expiresInMs: number): number => Math.min(50 * 60_000, (expiresInMs * 5) / 6);

// `expires_in` is a string in Oracle's example ("3600"): read it with Number().
const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z
    .union([z.string(), z.number()])
    .transform((value) => Number(value))
    .pipe(z.number().positive()),
  token_type: z.string().refine((type) => type.toLowerCase() === 'bearer', { message: 'must be Bearer' }),
});

export interface NetSuiteTokenRequest {
  tokenUrl: string;
  clientId: string;
  certificateId: string;
  privateKey: Secret;
  timeoutMs: number;
  nowMs: number;
  dispatcher: SentRequest['dispatcher'];
}

/** OAuth 2.0 client credentials with a signed JWT, form-encoded with exactly three fields (docs/reference/netsuite-api.md "Token request"). */
export async function fetchNetSuiteToken(request: NetSuiteTokenRequest): Promise<IssuedToken> {
  const url = new URL(request.tokenUrl);
  const target = { system: 'netsuite' as const, method: 'POST', path: url.pathname };
  const assertion = await signClientAssertion(request.privateKey.reveal(), {
    clientId: request.clientId,
    certificateId: request.certificateId,
    tokenUrl: request.tokenUrl,
    nowMs: request.nowMs,
  });
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  });
  const response = await sendRequest({
    system: 'netsuite',
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
    timeoutMs: request.timeoutMs,
    dispatcher: request.dispatcher,
  });
  if (response.status !== 200) throw new HttpError(target, response.status, response.body);
  const token = parseResponse(tokenResponseSchema, 'token response', response.body, target);
  return { accessToken: token.access_token, expiresInMs: token.expires_in * 1000 };
}
