import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendMail, type SmtpSettings } from '../../../relay/src/notify/smtp';
import { smtpSink, wiretap } from './sinks';
import { createTestCertificates, type TestCertificates } from './test-certificates';

// sendMail against a real SMTP server on loopback, with a relay in between that keeps what the
// client sent: what the network would carry. The server's certificate comes from a CA made here,
// which only these tests trust.

const PASSWORD = 'smtp-password-7e1b';
const LOGIN_TOKEN = Buffer.from(`\0relay\0${PASSWORD}`).toString('base64');

let certificates: TestCertificates;
beforeAll(async () => {
  certificates = await createTestCertificates();
});

function settings(port: number, tls: SmtpSettings['tls'], login = true): SmtpSettings {
  return {
    host: '127.0.0.1',
    port,
    tls,
    from: 'mlc-relay@example.com',
    to: ['ap@example.com'],
    ...(login ? { user: 'relay', password: PASSWORD } : {}),
  };
}

describe('sendMail', () => {
  it.each(['starttls', 'auto'] as const)(
    'with %s upgrades to TLS before it logs in, so the password never crosses the network in clear',
    async (mode) => {
      const server = await smtpSink({ tls: certificates });
      const tap = await wiretap(server.port);
      await sendMail(settings(tap.port, mode), 'Failures', 'bill 42 needs a mapping', 5_000, certificates.ca);

      expect(server.logins).toEqual([{ user: 'relay', password: PASSWORD, secure: true }]);
      expect(server.messages).toHaveLength(1);
      expect(server.messages[0]).toMatchObject({ from: 'mlc-relay@example.com', to: ['ap@example.com'], secure: true });
      expect(server.messages[0]!.text).toContain('bill 42 needs a mapping');
      const wire = tap.clientBytes();
      expect(wire).toMatch(/^EHLO mlc-relay\r\nSTARTTLS\r\n/);
      for (const clear of ['AUTH', LOGIN_TOKEN, PASSWORD, 'bill 42']) expect(wire).not.toContain(clear);
    },
  );

  it.each(['starttls', 'auto'] as const)(
    'with %s sends nothing, not even the login, to a server that does not offer STARTTLS',
    async (mode) => {
      const server = await smtpSink();
      const tap = await wiretap(server.port);
      const sending = sendMail(settings(tap.port, mode), 'Failures', 'bill 42', 5_000, certificates.ca);

      await expect(sending).rejects.toThrow(
        /^the SMTP server does not offer STARTTLS \(it answered \d{3}\), so nothing was sent$/,
      );
      expect(server.logins).toEqual([]);
      expect(server.messages).toEqual([]);
      expect(tap.clientBytes()).not.toMatch(/AUTH|MAIL FROM/);
    },
  );

  it('refuses a server whose certificate it cannot verify, before the login', async () => {
    const server = await smtpSink({ tls: certificates });
    const sending = sendMail(settings(server.port, 'starttls'), 'Failures', 'bill 42', 5_000);

    await expect(sending).rejects.toThrow(/^the TLS connection to the SMTP server failed: /);
    expect(server.logins).toEqual([]);
    expect(server.messages).toEqual([]);
  });

  it('with tls speaks TLS from the first byte', async () => {
    const server = await smtpSink({ tls: certificates, implicitTls: true });
    const tap = await wiretap(server.port);
    await sendMail(settings(tap.port, 'tls'), 'Failures', 'bill 42 needs a mapping', 5_000, certificates.ca);

    expect(server.logins).toEqual([{ user: 'relay', password: PASSWORD, secure: true }]);
    expect(server.messages).toEqual([expect.objectContaining({ secure: true })]);
    expect(tap.clientBytes()).not.toMatch(/EHLO|AUTH|bill 42/);
  });

  it('with auto and no login delivers in plain SMTP to a server that does not offer STARTTLS', async () => {
    const server = await smtpSink();
    await sendMail(settings(server.port, 'auto', false), 'Failures', 'bill 42', 5_000, certificates.ca);
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]).toMatchObject({ secure: false });
  });

  it('with off delivers in plain SMTP to a loopback server, without trying STARTTLS', async () => {
    const server = await smtpSink({ tls: certificates });
    const tap = await wiretap(server.port);
    await sendMail(settings(tap.port, 'off', false), 'Failures', 'bill 42 needs a mapping', 5_000);

    expect(server.messages).toEqual([expect.objectContaining({ secure: false, to: ['ap@example.com'] })]);
    expect(server.messages[0]!.text).toContain('bill 42 needs a mapping');
    const wire = tap.clientBytes();
    expect(wire).not.toContain('STARTTLS');
    expect(wire).toContain('Subject: Failures');
  });

  it('names a refused login without the password, in the message or anywhere on the error', async () => {
    const server = await smtpSink({ tls: certificates, refuseLogin: true });
    const error = await sendMail(settings(server.port, 'starttls'), 'Failures', 'bill 42', 5_000, certificates.ca).then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );

    expect(error?.message).toBe('the SMTP server refused the login (535)');
    const everything = `${inspect(error, { depth: 10, showHidden: true })} ${JSON.stringify(error)}`;
    for (const secret of [PASSWORD, LOGIN_TOKEN]) expect(everything).not.toContain(secret);
    expect(server.logins).toHaveLength(1);
    expect(server.messages).toEqual([]);
  });

  it('keeps a line break in the subject from adding a header, and a lone dot from ending the message', async () => {
    const server = await smtpSink({ tls: certificates });
    const text = 'first line\n.\n..two dots\nlast line';
    await sendMail(
      settings(server.port, 'starttls'),
      'Failures\r\nBcc: thief@example.com',
      text,
      5_000,
      certificates.ca,
    );

    expect(server.messages).toHaveLength(1);
    const message = server.messages[0]!;
    expect(message.to).toEqual(['ap@example.com']);
    const headers = message.data.slice(0, message.data.indexOf('\r\n\r\n'));
    expect(headers).not.toMatch(/^bcc:/im);
    expect(headers).toMatch(/^Subject: Failures +Bcc: thief@example\.com$/m);
    expect(message.text.replace(/\r\n/g, '\n')).toBe(text);
  });
});
