import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The peer's address, for throttling. Deliberately not X-Forwarded-For, which any client can set;
 * behind a proxy every client shares the proxy's address (see docs/reliability.md).
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}
