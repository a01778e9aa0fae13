// What the user sees after pressing "Resync to Procurify", in plain words.
import type { RelayAnswer } from './relay-answer';
import { parseAcceptance, relayErrorText } from './relay-answer';

export interface ResyncReply {
  ok: boolean;
  message: string;
}

export function describeResyncAnswer(answer: RelayAnswer, eventId: string): ResyncReply {
  const acceptance = parseAcceptance(answer);
  if (acceptance?.accepted.includes(eventId)) {
    return { ok: true, message: 'Queued for Procurify. The status on this page updates once the relay has synced it.' };
  }
  if (acceptance?.duplicates.includes(eventId)) {
    return { ok: true, message: 'Already queued for Procurify.' };
  }
  if (answer.kind === 'unreachable') {
    return { ok: false, message: `Not queued: the relay could not be reached (${answer.error}). Try again later.` };
  }
  const reason: Record<number, string> = {
    401: 'the relay refused the signature (check that the API secret matches MLC_EVENT_SECRET)',
    403: 'the relay is set up for a different NetSuite account (check NETSUITE_ACCOUNT_ID)',
    413: 'the record is too large to send',
  };
  const why = reason[answer.status] ?? relayErrorText(answer);
  return { ok: false, message: `Not queued: ${why}.` };
}

/** The Suitelet's JSON reply as the client script reads it; anything else is a failure. */
export function parseResyncReply(body: string): ResyncReply {
  try {
    const reply = JSON.parse(body) as Partial<ResyncReply>;
    if (typeof reply.ok === 'boolean' && typeof reply.message === 'string') {
      return { ok: reply.ok, message: reply.message };
    }
  } catch {
    // fall through
  }
  return {
    ok: false,
    message: 'Not queued: NetSuite returned an unexpected answer. Try again, or ask an administrator.',
  };
}
