import { isLoopbackHost } from '../../config/https-only';

// The relay's public address, as NetSuite will call it: https at the root of its own host name
// (the SuiteApp signs each request's full path, so a path prefix that a proxy strips breaks every
// signature). Plain http only to this machine, for trying it out.

export function relayUrlProblem(answer: string): string | undefined {
  let url: URL;
  try {
    url = new URL(answer);
  } catch {
    return 'must be an address such as https://relay.example.com';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    return 'must be https:// (NetSuite calls only https addresses with a certificate from a public CA)';
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return 'must be the root of the relay’s host name, without a path (the SuiteApp signs the full path)';
  }
  return undefined;
}

/** The origin, without the trailing slash NetSuite would keep. */
export function relayOrigin(answer: string): string {
  return new URL(answer).origin;
}

/** Whether the relay answers its liveness check there (a note, not a failure: it may not run yet). */
export async function relayAnswers(origin: string, timeoutMs = 5000): Promise<string | undefined> {
  try {
    const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? undefined : `${origin}/healthz answered ${response.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return `no answer from ${origin}/healthz (${cause?.code ?? cause?.message ?? (error as Error).name})`;
  }
}
