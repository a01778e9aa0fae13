// Synchronous HTTP for N/https: SuiteScript calls block, Node's do not. A worker thread performs
// the request with fetch while the calling thread waits on a shared flag (Atomics.wait), then
// reads the answer from a message port. The server must therefore live in another thread or
// process: a server on the waiting thread could never answer.
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface SyncRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  timeoutMs: number;
}

export type SyncOutcome =
  | { ok: true; status: number; headers: Record<string, string>; body: string }
  | { ok: false; kind: 'timeout' | 'refused' | 'unknown_host' | 'other'; message: string };

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', async ({ request, port, signal }) => {
  const flag = new Int32Array(signal);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  let reply;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body === null ? undefined : request.body,
      signal: controller.signal,
      redirect: 'manual',
    });
    const body = await response.text();
    reply = { ok: true, status: response.status, headers: Object.fromEntries(response.headers), body };
  } catch (error) {
    const code = (error && error.cause && error.cause.code) || '';
    const kind = controller.signal.aborted ? 'timeout'
      : code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' ? 'refused'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'unknown_host' : 'other';
    reply = { ok: false, kind, message: String((error && error.cause && error.cause.message) || error) };
  } finally {
    clearTimeout(timer);
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

export class SyncHttp {
  private worker: Worker | null = null;

  request(request: SyncRequest): SyncOutcome {
    const worker = this.ensureWorker();
    const signal = new SharedArrayBuffer(4);
    const flag = new Int32Array(signal);
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ request, port: port2, signal }, [port2]);
    const waited = Atomics.wait(flag, 0, 0, request.timeoutMs + 5_000);
    const message = receiveMessageOnPort(port1);
    port1.close();
    if (waited === 'timed-out' || !message) return { ok: false, kind: 'timeout', message: 'no answer in time' };
    return message.message as SyncOutcome;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(WORKER_SOURCE, { eval: true });
      this.worker.unref();
    }
    return this.worker;
  }
}
