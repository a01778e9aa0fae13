import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Config } from './config';
import { createRelay, type Relay, type RelayOptions } from './relay';

export interface ServedRelay {
  relay: Relay;
  port: number;
  /** Stops taking requests (idle connections go now, busy ones after their answer), then stops the relay. */
  close(): Promise<void>;
}

/**
 * The relay listening on its port, not yet started: the caller installs its signal handlers first,
 * so that a stop during a slow first reference refresh still shuts down cleanly, then calls
 * `relay.start()`. Used by `npm start` (main.ts), `mlc serve` and the day-of-operation suite.
 */
export async function serveRelay(
  config: Config,
  options: RelayOptions & { port?: number; onListenError?: (error: Error) => Error },
): Promise<ServedRelay> {
  const relay = await createRelay(config, options);
  const server = serve({ fetch: relay.app.fetch, port: options.port ?? config.http.port, hostname: config.http.host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve());
      server.once('error', (error) => reject(options.onListenError?.(error) ?? error));
    });
  } catch (error) {
    await relay.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  options.logger.info({ port, database: redactUrl(config.database.url) }, 'relay listening');
  return {
    relay,
    port,
    async close() {
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await relay.close();
    },
  };
}

/** A database URL may carry credentials in its user info; keep only scheme, host and path. */
function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//[redacted]@');
}
