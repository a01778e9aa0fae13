// Signed calls to the relay over N/https. Transport failures (timeouts, DNS, TLS) come back as
// `unreachable` answers, never as exceptions, so callers decide what to keep.
import * as https from 'N/https';
import * as runtime from 'N/runtime';
import { RELAY_PATHS } from '../lib/ids';
import type { RelayAnswer } from '../lib/relay-answer';
import type { RelaySettings } from '../lib/settings';
import { relayUrl, signRequest, type SignedRequest } from '../lib/signing';
import type { EventEnvelope } from '../lib/snapshot-types';
import { createSecretHmac } from './hmac';

function exchange(request: SignedRequest): RelayAnswer {
  try {
    const response = https.post({ url: request.url, headers: request.headers, body: request.body });
    return { kind: 'answered', status: response.code, body: response.body ?? '' };
  } catch (error) {
    const named = error as { name?: string; message?: string };
    return { kind: 'unreachable', error: `${named.name ?? 'Error'}: ${named.message ?? String(error)}` };
  }
}

export interface RelayClient {
  /** One envelope, or up to 100 as `{ "events": [...] }`. */
  postEvents(envelopes: EventEnvelope[]): RelayAnswer;
}

export function createRelayClient(settings: RelaySettings): RelayClient {
  const hmacHex = createSecretHmac(settings.secretId);
  const signed = (path: string, body: string) =>
    signRequest({
      method: 'POST',
      url: relayUrl(settings.relayUrl, path),
      body,
      accountId: runtime.accountId,
      now: new Date(),
      hmacHex,
    });
  return {
    postEvents(envelopes) {
      const body = JSON.stringify(envelopes.length === 1 ? envelopes[0] : { events: envelopes });
      return exchange(signed(RELAY_PATHS.events, body));
    },
  };
}
