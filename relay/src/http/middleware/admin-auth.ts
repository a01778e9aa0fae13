import { createMiddleware } from 'hono/factory';
import type { Secret } from '../../config';
import { tokensEqual } from '../../crypto/signature';
import type { Database } from '../../store/database';
import { findUserByToken } from '../../store/admin-users';
import { FIRST_ADMIN, mayAct, type AdminUser, type Role } from '../admin-user';
import { clientAddress } from '../client-address';
import { ApiError } from '../errors';
import type { FailureThrottle } from '../failure-throttle';
import type { AppEnv } from '../types';

/** Resolves a typed or sent token to its person: MLC_ADMIN_TOKEN (constant time) or a named user's token. */
export async function userOfToken(
  token: string,
  adminToken: Secret | undefined,
  database: Database | undefined,
): Promise<AdminUser | undefined> {
  if (!token) return undefined;
  if (adminToken && tokensEqual(token, adminToken.reveal())) return FIRST_ADMIN;
  const stored = database && (await findUserByToken(database.db, token));
  return stored && { name: stored.name, role: stored.role as Role };
}

/**
 * `Authorization: Bearer <token>`: MLC_ADMIN_TOKEN or a named user's token. The person is kept on
 * the context (`user`) so every action is audited under their name; viewers may only read.
 * Wrong tokens slow their address down (429 with Retry-After once it is blocked).
 */
export function requireAdminToken(
  adminToken: Secret | undefined,
  options: { database?: Database; throttle?: FailureThrottle } = {},
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const address = clientAddress(c);
    const waitMs = options.throttle?.retryAfterMs(address) ?? 0;
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      c.header('Retry-After', String(seconds));
      throw new ApiError('rate_limited', `Too many wrong tokens from this address; try again in ${seconds} s.`);
    }
    const match = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
    const user = await userOfToken(match?.[1] ?? '', adminToken, options.database);
    if (!user) {
      options.throttle?.fail(address);
      c.header('WWW-Authenticate', 'Bearer realm="mlc-relay"');
      throw new ApiError('unauthorized', 'A valid admin token is required (Authorization: Bearer <MLC_ADMIN_TOKEN>).');
    }
    if (!mayAct(user, c.req.method)) {
      throw new ApiError('forbidden', `${user.name} is a viewer: viewers may read but not change anything.`);
    }
    c.set('user', user);
    await next();
  });
}
