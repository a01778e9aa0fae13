import { createConnection, type Socket } from 'node:net';

// Just enough SMTP (RFC 5321) to hand one plain-text message to a relay host: EHLO, optional AUTH
// PLAIN, MAIL FROM, RCPT TO, DATA, QUIT. No TLS: point it at a local or trusted submission relay.

export interface SmtpSettings {
  host: string;
  port: number;
  from: string;
  to: readonly string[];
  user?: string;
  password?: string;
}

export async function sendMail(
  settings: SmtpSettings,
  subject: string,
  text: string,
  timeoutMs = 15_000,
): Promise<void> {
  const socket = createConnection({ host: settings.host, port: settings.port });
  socket.setTimeout(timeoutMs, () =>
    socket.destroy(new Error(`the SMTP server did not answer within ${timeoutMs} ms`)),
  );
  const replies = replyReader(socket);
  try {
    await expect(replies, 220);
    await command(socket, replies, 'EHLO mlc-relay', 250);
    if (settings.user && settings.password) {
      const token = Buffer.from(`\0${settings.user}\0${settings.password}`).toString('base64');
      await command(socket, replies, `AUTH PLAIN ${token}`, 235, 'AUTH PLAIN');
    }
    await command(socket, replies, `MAIL FROM:<${address(settings.from)}>`, 250);
    for (const recipient of settings.to) await command(socket, replies, `RCPT TO:<${address(recipient)}>`, 250);
    await command(socket, replies, 'DATA', 354);
    await command(socket, replies, `${message(settings, subject, text)}\r\n.`, 250, 'the message');
    await command(socket, replies, 'QUIT', 221);
  } finally {
    socket.destroy();
  }
}

function message(settings: SmtpSettings, subject: string, text: string): string {
  const headers = [
    `From: ${address(settings.from)}`,
    `To: ${settings.to.map(address).join(', ')}`,
    `Subject: ${subject.replace(/[\r\n]+/g, ' ')}`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  // Dot-stuffing: a line that starts with "." gets another, so it cannot end the DATA early.
  const body = text.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

function address(value: string): string {
  if (/[\r\n<>]/.test(value)) throw new Error('an email address cannot contain line breaks or angle brackets');
  return value.trim();
}

async function command(socket: Socket, replies: () => Promise<string>, line: string, code: number, what?: string) {
  socket.write(`${line}\r\n`);
  await expect(replies, code, what ?? line.split(' ')[0]);
}

async function expect(replies: () => Promise<string>, code: number, what = 'greeting'): Promise<void> {
  const reply = await replies();
  if (!reply.startsWith(String(code))) throw new Error(`the SMTP server refused ${what}: ${reply.slice(0, 3)}`);
}

/** Each call resolves with the next complete reply (multi-line replies joined). */
function replyReader(socket: Socket): () => Promise<string> {
  let buffer = '';
  const ready: string[] = [];
  const waiters: { resolve: (reply: string) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  let current: string[] = [];
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      current.push(line);
      if (line[3] !== '-') {
        const reply = current.join('\n');
        current = [];
        const waiter = waiters.shift();
        if (waiter) waiter.resolve(reply);
        else ready.push(reply);
      }
    }
  });
  const fail = (error: Error) => {
    failure = error;
    for (const waiter of waiters.splice(0)) waiter.reject(error);
  };
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('the SMTP server closed the connection')));
  return () =>
    new Promise<string>((resolve, reject) => {
      const reply = ready.shift();
      if (reply !== undefined) resolve(reply);
      else if (failure) reject(failure);
      else waiters.push({ resolve, reject });
    });
}
