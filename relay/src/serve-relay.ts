import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Config } from './config';
import { createRelay, type Relay, type RelayOptions } from './relay';

export interface ServedRelay {
  relay: Relay;
  port: number;
  /**
   * Drains, then stops: readiness fails and answers close their connections at once; the listener
   * takes no new connection; requests in flight get until `drainTimeoutMs`, after which the
   * connections still open (a slow upload) are cut; then the relay and its database close.
   */
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
  const server = serve({
    fetch: relay.app.fetch,
    port: options.port ?? config.http.port,
    hostname: config.http.host,
    serverOptions: {
      // A client that sends headers or a body too slowly (a Content-Length above what it sends) is cut off.
      requestTimeout: config.http.requestTimeoutMs,
      headersTimeout: config.http.headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, config.http.headersTimeoutMs),
    },
  }) as Server;
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
  let closing: Promise<void> | undefined;
  return {
    relay,
    port,
    close() {
      closing ??= drain(server, relay, config.http.drainTimeoutMs, options.logger);
      return closing;
    },
  };
}

async function drain(server: Server, relay: Relay, timeoutMs: number, logger: RelayOptions['logger']): Promise<void> {
  relay.beginStopping();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections that go idle while others finish would otherwise wait for their timeout.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => {
    logger.warn({ drainTimeoutMs: timeoutMs }, 'drain deadline reached: cutting the connections still open');
    server.closeAllConnections();
  }, timeoutMs);
  await closed;
  clearTimeout(deadline);
  clearInterval(sweep);
  await relay.close();
}

/** A database URL may carry credentials in its user info; keep only scheme, host and path. */
function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//[redacted]@');
}
