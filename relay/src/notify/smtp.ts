import { rootCertificates } from 'node:tls';
import { createTransport } from 'nodemailer';
import type { Config } from '../config';

// Hands one plain-text message to an SMTP server through nodemailer, which also takes care of
// dot-stuffing and of line breaks in headers. How the connection is protected is MLC_SMTP_TLS:
//   auto      implicit TLS on port 465, otherwise STARTTLS: required when there is a login to send
//             (whoever hides the offer must not get the password), used when offered otherwise
//   starttls  STARTTLS or nothing: a server that does not offer it gets no message (and no password)
//   tls       implicit TLS from the first byte
//   off       plain SMTP, never upgraded (config allows credentials with it only to a loopback host)
// Certificates are verified against the system's authorities.

export type SmtpTls = NonNullable<Config['notify']['smtp']>['tls'];

export interface SmtpSettings {
  host: string;
  port: number;
  tls: SmtpTls;
  from: string;
  to: readonly string[];
  user?: string | undefined;
  password?: string | undefined;
}

/**
 * `testCa` (tests only) is a PEM certificate trusted in addition to the system's authorities, so
 * that a loopback server with a self-signed certificate can be verified rather than waved through.
 */
export async function sendMail(
  settings: SmtpSettings,
  subject: string,
  text: string,
  timeoutMs = 15_000,
  testCa?: string,
): Promise<void> {
  const transport = createTransport({
    host: settings.host,
    port: settings.port,
    ...connectionSecurity(settings.tls, settings.port, Boolean(settings.user && settings.password)),
    auth: settings.user && settings.password ? { user: settings.user, pass: settings.password } : undefined,
    tls: testCa ? { ca: [...rootCertificates, testCa] } : undefined,
    name: 'mlc-relay',
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    await transport.sendMail({ from: settings.from, to: [...settings.to], subject, text });
  } catch (error) {
    throw describeFailure(error);
  } finally {
    transport.close();
  }
}

function connectionSecurity(mode: SmtpTls, port: number, withLogin: boolean) {
  switch (mode) {
    case 'auto':
      return port === 465 ? { secure: true } : { secure: false, requireTLS: withLogin };
    case 'starttls':
      return { secure: false, requireTLS: true };
    case 'tls':
      return { secure: true };
    case 'off':
      return { secure: false, ignoreTLS: true };
  }
}

/**
 * A message of our own for each failure. Nodemailer's carries the server's reply; ours never holds
 * the login, and the original error is not attached, so nothing of the AUTH exchange can reach a log.
 */
function describeFailure(error: unknown): Error {
  const failure = error as SmtpFailure;
  if (failure.code === 'EAUTH') {
    return new Error(`the SMTP server refused the login${failure.responseCode ? ` (${failure.responseCode})` : ''}`);
  }
  if (failure.code === 'ETLS' && failure.command === 'STARTTLS' && failure.responseCode) {
    return new Error(
      `the SMTP server does not offer STARTTLS (it answered ${failure.responseCode}), so nothing was sent`,
    );
  }
  if (failure.code === 'ETLS' || TLS_ERROR.test(failure.originalCode ?? '')) {
    return new Error(`the TLS connection to the SMTP server failed: ${firstLine(failure.message)}`);
  }
  return new Error(`the email was not sent: ${firstLine(failure.message)}`);
}

interface SmtpFailure {
  code?: string;
  /** The socket's own code when nodemailer reports it as ESOCKET, e.g. a certificate OpenSSL refused. */
  originalCode?: string;
  command?: string;
  responseCode?: number;
  message?: string;
}

const TLS_ERROR = /CERT|SSL|TLS|UNABLE_TO_|SIGNATURE/;

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split(/\r?\n/)[0]!.slice(0, 200);
}
