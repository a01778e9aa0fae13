import { createMiddleware } from 'hono/factory';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/**
 * At most `max` signed-ingest requests at once. Their bodies (up to 1 MiB) are read before the
 * signature can be checked, so without a cap unauthenticated clients could hold `n` MiB of memory
 * by opening `n` uploads. Beyond the cap the answer is 503 with Retry-After; the SuiteApp retries.
 */
export function limitBodiesInFlight(max: number) {
  let inFlight = 0;
  return createMiddleware<AppEnv>(async (c, next) => {
    if (inFlight >= max) {
      c.header('Retry-After', '1');
      throw new ApiError('busy', 'The relay is reading as many requests as it allows at once; send again shortly.');
    }
    inFlight += 1;
    try {
      await next();
    } finally {
      inFlight -= 1;
    }
  });
}
