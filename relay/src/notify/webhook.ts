import type { DigestMessage } from './digest';

/**
 * POSTs the digest as JSON; a refusal is an error naming the status (never the URL, which may hold
 * a token). Redirects are not followed: a 307 would resend the POST, body and all, to wherever the
 * answer points, which the operator never chose.
 */
export async function postWebhook(url: string, message: DigestMessage, timeoutMs = 10_000): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'mlc-relay' },
    body: JSON.stringify(message),
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  if (response.status >= 300 && response.status < 400) {
    throw new Error(
      `the notification webhook answered with a redirect (HTTP ${response.status}), which is not followed`,
    );
  }
  if (!response.ok) throw new Error(`the notification webhook answered HTTP ${response.status}`);
}
