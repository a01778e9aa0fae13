import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';

/**
 * While the relay drains, every answer says `Connection: close`: a keep-alive client finishes the
 * request it sent and must reconnect, finding the listener closed, instead of sending more to a
 * relay about to stop (Node closes the socket after a response carrying this header).
 */
export function closeConnectionsWhile(stopping: () => boolean) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (stopping()) c.header('Connection', 'close');
  });
}
