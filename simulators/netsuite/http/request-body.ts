import type { Context } from 'hono';
import { RecordRuleError } from '../account/errors';
import { nsError } from '../rest/ns-error';
import type { SimEnv, SimulatorState } from '../simulator';

export type UnknownPropertyMode = 'error' | 'warning' | 'ignore';

/** The JSON object a PATCH or PUT carries, or the 400 NetSuite answers for anything else. */
export async function readJsonObject(c: Context<SimEnv>): Promise<Record<string, unknown> | Response> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return nsError(c, 400, {
      detail: 'Error while accessing resource: the request body is not valid JSON.',
      'o:errorCode': 'INVALID_CONTENT',
    });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return nsError(c, 400, {
      detail: 'Error while accessing resource: the request body must be a JSON object.',
      'o:errorCode': 'INVALID_CONTENT',
    });
  }
  return body as Record<string, unknown>;
}

/** `X-NetSuite-PropertyNameValidation` when the request sets it, else the account setting. */
export function unknownPropertyMode(c: Context<SimEnv>, state: SimulatorState): UnknownPropertyMode {
  const header = (c.req.header('x-netsuite-propertynamevalidation') ?? '').toLowerCase();
  return header === 'warning' || header === 'ignore' || header === 'error' ? header : state.settings.unknownProperty;
}

/**
 * Runs a store write; a refusal by an account rule (closed period, dependent records) becomes the
 * 400 REST web services answer for a failed save: `USER_ERROR` with the message after "Error while
 * accessing a resource." (the form real responses show for save errors, e.g. a workflow lock).
 */
export function refusedAsUserError(c: Context<SimEnv>, write: () => void): Response | null {
  try {
    write();
    return null;
  } catch (error) {
    if (!(error instanceof RecordRuleError)) throw error;
    return nsError(c, 400, {
      detail: `Error while accessing a resource. ${error.message}`,
      'o:errorCode': 'USER_ERROR',
    });
  }
}
