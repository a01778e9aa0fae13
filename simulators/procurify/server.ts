import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createProcurifySimulator, type ProcurifySimulatorOptions } from './app';
import type { ProcurifyControl } from './control';

export interface RunningProcurifySimulator {
  /** `http://127.0.0.1:<port>`: use it as PROCURIFY_BASE_URL; the token URL is `<baseUrl>/oauth/token`. */
  baseUrl: string;
  port: number;
  control: ProcurifyControl;
  close(): Promise<void>;
}

/** Serves the simulator on 127.0.0.1 (port 0 picks a free port). */
export async function startProcurifySimulator(
  options: ProcurifySimulatorOptions & { port?: number; host?: string } = {},
): Promise<RunningProcurifySimulator> {
  const { app, control } = createProcurifySimulator(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(started));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://${host}:${port}`,
    port,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        // Held requests must not keep the server open; their sockets are destroyed with the rest.
        control.releaseHangs();
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
