import type { DigestMessage } from './digest';

/** POSTs the digest as JSON; a refusal is an error naming the status (never the URL, which may hold a token). */
export async function postWebhook(url: string, message: DigestMessage, timeoutMs = 10_000): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'mlc-relay' },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`the notification webhook answered HTTP ${response.status}`);
}
