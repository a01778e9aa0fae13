import { createServer } from 'node:net';

/**
 * Why nothing could listen on host:port right now (`EADDRINUSE`, `EACCES`…), or null when it can:
 * found by listening for a moment, as the relay will, so a busy port is named before anything starts.
 */
export function listenProblem(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}
