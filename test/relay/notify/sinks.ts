import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

// Loopback receivers for the notifications: an HTTP server that keeps every POSTed body, and a
// small SMTP server that keeps every message it is handed.

export async function webhookSink() {
  const received: { at: number; body: unknown; raw: string }[] = [];
  const server = createHttpServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      received.push({ at: Date.now(), body: JSON.parse(raw) as unknown, raw });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/T0/abc123secret`, received };
}

export async function smtpSink() {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const server = createTcpServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 queued');
          } else current.data += `${line.replace(/^\.\./, '.')}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250-sink\r\n250 AUTH PLAIN');
        else if (verb === 'AUTH') reply('235 ok');
        else if (verb === 'MAIL') current.from = /<(.*)>/.exec(line)?.[1] ?? '';
        else if (verb === 'RCPT') current.to.push(/<(.*)>/.exec(line)?.[1] ?? '');
        else if (verb === 'DATA') inData = true;
        else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
          continue;
        }
        if (verb === 'MAIL' || verb === 'RCPT') reply('250 ok');
        if (verb === 'DATA') reply('354 go ahead');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.address() as AddressInfo).port, messages };
}
