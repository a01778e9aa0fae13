import { createServer as createHttpServer } from 'node:http';
import { connect, createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { onTestFinished } from 'vitest';

// Loopback receivers for the notifications: an HTTP server that keeps every POSTed body, and an
// SMTP server that keeps every message it is handed.

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

export interface SmtpSinkOptions {
  /** Key and certificate: with them the server offers STARTTLS (or, with `implicitTls`, TLS from the start). */
  tls?: { key: string; cert: string };
  implicitTls?: boolean;
  /** Answer every AUTH with 535. */
  refuseLogin?: boolean;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as it crossed the wire (headers, encoded body). */
  data: string;
  /** The body, decoded. */
  text: string;
  /** Whether the session was encrypted when the message came. */
  secure: boolean;
}

/**
 * An SMTP server (nodemailer's smtp-server) that keeps every message and every login attempt. With
 * TLS it refuses AUTH on a plain connection, as real submission servers do.
 */
export async function smtpSink(options: SmtpSinkOptions = {}) {
  const messages: ReceivedMail[] = [];
  const logins: { user: string; password: string; secure: boolean }[] = [];
  const server = new SMTPServer({
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : { disabledCommands: ['STARTTLS'] }),
    secure: !!options.implicitTls,
    allowInsecureAuth: !options.tls,
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1_000,
    onAuth(auth, session, callback) {
      logins.push({ user: auth.username ?? '', password: auth.password ?? '', secure: session.secure });
      if (options.refuseLogin) callback(new Error('Invalid username or password'));
      else callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const data = Buffer.concat(chunks).toString('utf8');
        const { mailFrom, rcptTo } = session.envelope;
        messages.push({
          from: mailFrom ? mailFrom.address : '',
          to: rcptTo.map((recipient) => recipient.address),
          data,
          text: bodyOf(data),
          secure: session.secure,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.server.address() as AddressInfo).port, messages, logins };
}

/**
 * A TCP relay in front of a server that keeps what the client sent, byte for byte: what an
 * eavesdropper on the network would read.
 */
export async function wiretap(targetPort: number) {
  const sent: Buffer[] = [];
  const server = createTcpServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    client.on('data', (chunk: Buffer) => sent.push(chunk));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.address() as AddressInfo).port, clientBytes: () => Buffer.concat(sent).toString('latin1') };
}

/** The text body of a single-part message, undoing quoted-printable or base64. */
function bodyOf(data: string): string {
  const split = data.indexOf('\r\n\r\n');
  const headers = data.slice(0, split);
  // The CRLF before the final "." belongs to the end-of-data marker, not to the body.
  const body = data.slice(split + 4).replace(/\r\n$/, '');
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
