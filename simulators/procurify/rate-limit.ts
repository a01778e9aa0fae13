import type { MiddlewareHandler } from 'hono';
import type { SimContext } from './context';
import { ProcurifyError } from './errors';

/**
 * A sustained rate limit: at most `settings.rateLimitPerSecond` API requests in each wall-clock
 * second, answered 429 past it (DRF's throttle wording), with `Retry-After: 1` unless
 * `rateLimitRetryAfter` is off. Off when null. Procurify publishes no figure and announces none, so
 * benchmarks and tests choose one and the relay has to learn it.
 */
export function sustainedRateLimit(sim: SimContext): MiddlewareHandler {
  let window = 0;
  let used = 0;
  return async (_c, next) => {
    const limit = sim.settings.rateLimitPerSecond;
    if (limit !== null && limit > 0) {
      const second = Math.floor(Date.now() / 1000);
      if (second !== window) {
        window = second;
        used = 0;
      }
      used += 1;
      if (used > limit) {
        throw new ProcurifyError(
          429,
          { detail: 'Request was throttled. Expected available in 1 second.' },
          sim.settings.rateLimitRetryAfter ? { 'Retry-After': '1' } : {},
        );
      }
    }
    await next();
  };
}
