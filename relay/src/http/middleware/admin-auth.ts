import { createMiddleware } from 'hono/factory';
import type { Secret } from '../../config';
import { tokensEqual } from '../../crypto/signature';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/** `Authorization: Bearer <MLC_ADMIN_TOKEN>`, compared in constant time. */
export function requireAdminToken(adminToken: Secret | undefined) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    if (!adminToken || !match?.[1] || !tokensEqual(match[1], adminToken.reveal())) {
      c.header('WWW-Authenticate', 'Bearer realm="mlc-relay"');
      throw new ApiError('unauthorized', 'A valid admin token is required (Authorization: Bearer <MLC_ADMIN_TOKEN>).');
    }
    await next();
  });
}
