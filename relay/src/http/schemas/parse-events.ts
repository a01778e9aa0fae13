import type { z } from 'zod';
import type { EventEnvelope } from '../../../../suiteapp/src/lib/snapshot-types';
import { ApiError } from '../errors';
import { envelopeSchema, MAX_BATCH } from './event-envelope';

/**
 * Reads a request body as one envelope or `{ "events": [...] }`. The batch is all or nothing:
 * the first invalid field anywhere rejects it, named with its index and path.
 */
export function parseEventBody(raw: string): EventEnvelope[] {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw invalid('body', 'must be an event envelope or an object {"events": [...]}');
  }
  if (!('events' in body)) return [parseEnvelope(body, [])];
  const events = (body as { events: unknown }).events;
  if (Object.keys(body).length !== 1) throw invalid('body', 'a batch holds only the key "events"');
  if (!Array.isArray(events)) throw invalid('events', 'must be an array');
  if (events.length === 0) throw invalid('events', 'must hold at least one event');
  if (events.length > MAX_BATCH)
    throw invalid('events', `must hold at most ${MAX_BATCH} events (got ${events.length})`);
  return events.map((event, index) => parseEnvelope(event, ['events', index]));
}

function parseEnvelope(value: unknown, prefix: (string | number)[]): EventEnvelope {
  const parsed = envelopeSchema.safeParse(value);
  if (parsed.success) return parsed.data as EventEnvelope;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  throw invalid(fieldPath([...prefix, ...(issue.path as (string | number)[])]), describe(issue));
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_union' && 'discriminator' in issue)
    return `must be one of vendor, vendorbill, purchaseorder`;
  return issue.message;
}

/** ['events', 3, 'snapshot', 'expenses', 0, 'amount'] → `events[3].snapshot.expenses[0].amount` */
export function fieldPath(path: (string | number | symbol)[]): string {
  if (path.length === 0) return 'body';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function invalid(field: string, message: string): ApiError {
  return new ApiError('validation_failed', `${field}: ${message}`, { field });
}
