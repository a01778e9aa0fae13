import { z } from 'zod';
import type { Secret } from '../config';
import { HttpError } from '../transport/errors';
import { parseResponse } from '../transport/parse-response';
import { sendRequest, type SentRequest } from '../transport/send-request';
import type { IssuedToken } from '../transport/token-cache';

export const PROCURIFY_AUDIENCE = 'https://api.procurify.com/';
/** Tokens last 24 h; we replace them after 20 h (docs/architecture.md "Credentials and tokens"). */
export const procurifyRefreshAfterMs = (expiresInMs: number): number => Math.min(20 * 3_600_000, (expiresInMs * 5) / 6);

const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
  token_type: z.string().optional(),
});

export interface ProcurifyTokenRequest {
  tokenUrl: string;
  clientId: string;
  clientSecret: Secret;
  timeoutMs: number;
  dispatcher: SentRequest['dispatcher'];
}

/** Client-credentials grant with a JSON body (docs/reference/procurify-api.md "Authentication"). Throws HttpError on any non-200. */
export async function fetchProcurifyToken(request: ProcurifyTokenRequest): Promise<IssuedToken & { status: number }> {
  const url = new URL(request.tokenUrl);
  const target = { system: 'procurify' as const, method: 'POST', path: url.pathname };
  const response = await sendRequest({
    system: 'procurify',
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      client_id: request.clientId,
      client_secret: request.clientSecret.reveal(),
      audience: PROCURIFY_AUDIENCE,
      grant_type: 'client_credentials',
    }),
    timeoutMs: request.timeoutMs,
    dispatcher: request.dispatcher,
  });
  if (response.status !== 200) throw new HttpError(target, response.status, response.body);
  const token = parseResponse(tokenResponseSchema, 'token response', response.body, target);
  return { accessToken: token.access_token, expiresInMs: token.expires_in * 1000, status: response.status };
}
