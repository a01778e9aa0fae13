// The REST record API for custom record types (path type = the type's script id, any case). PUT on
// `eid:<externalId>` is the upsert: it creates the record with that external id or updates the one
// holding it, and needs the external id in the URL ("Using the Upsert Operation",
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_156335203191.html). External
// ids take letters, digits, `_` and `-` ("Using External IDs",
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_156334828635.html).
import type { Context } from 'hono';
import type { CustomRecord } from '../account/custom-record-store';
import type { Fields } from '../account/types';
import { readCustomRecordBody } from '../rest/custom-record-body';
import { nsError } from '../rest/ns-error';
import { renderCustomRecord } from '../rest/render-custom-record';
import type { SimEnv, SimulatorState } from '../simulator';
import { readJsonObject, refusedAsUserError, unknownPropertyMode } from './request-body';

const EXTERNAL_ID = /^[A-Za-z0-9_-]+$/;

const pathId = (c: Context<SimEnv>) => decodeURIComponent(c.req.param('id') ?? '');

function missing(c: Context): Response {
  return nsError(c, 404, {
    detail: 'The record instance does not exist. Provide a valid record instance ID.',
    'o:errorCode': 'NONEXISTENT_ID',
  });
}

function findRow(state: SimulatorState, type: string, id: string): Readonly<CustomRecord> | undefined {
  const records = state.store.customRecords;
  if (id.startsWith('eid:')) return records.findByExternalId(type, id.slice(4));
  return /^\d+$/.test(id) ? records.peek(type, id) : undefined;
}

/** Validates the body, merges it over `current` and saves: 204, or the 400 NetSuite would answer. */
async function write(
  c: Context<SimEnv>,
  state: SimulatorState,
  type: string,
  current: Readonly<CustomRecord> | undefined,
  fixed: Fields = {},
): Promise<Response> {
  const body = await readJsonObject(c);
  if (body instanceof Response) return body;
  const outcome = readCustomRecordBody(state.store.customRecords, type, body, unknownPropertyMode(c, state));
  if (!outcome.ok)
    return nsError(c, 400, { detail: outcome.detail, 'o:errorCode': 'INVALID_CONTENT', 'o:errorPath': outcome.path });
  const fields = { ...(current?.fields ?? {}), ...outcome.fields, ...fixed };
  let saved: CustomRecord | undefined;
  const refused = refusedAsUserError(c, () => {
    saved = state.store.customRecords.save(type, current?.id ?? null, fields);
  });
  if (refused) return refused;
  const headers: Record<string, string> = {
    Location: `${new URL(c.req.url).origin}/services/rest/record/v1/${type}/${saved?.id ?? ''}`,
  };
  if (outcome.warnings.length) headers['X-NetSuite-Warning'] = outcome.warnings.join(' ');
  return c.body(null, 204, headers);
}

export function getCustomRecord(c: Context<SimEnv>, state: SimulatorState, type: string): Response {
  const row = findRow(state, type, pathId(c));
  if (!row) return missing(c);
  return c.json(renderCustomRecord(state.store.customRecords, row, new URL(c.req.url).origin), 200, {
    'Content-Type': 'application/vnd.oracle.resource+json; type=singular',
  });
}

/** PUT …/{type}/eid:{externalId}: the upsert. A PUT by internal id is refused with 405 (NetSuite's exact answer is unverified). */
export async function putCustomRecord(c: Context<SimEnv>, state: SimulatorState, type: string): Promise<Response> {
  const id = pathId(c);
  if (!id.startsWith('eid:')) {
    return nsError(c, 405, {
      detail:
        'The upsert operation (PUT) needs an external ID in the URL: …/eid:<externalId>. Use PATCH to update a record by internal ID.',
      'o:errorCode': 'METHOD_NOT_ALLOWED',
    });
  }
  const externalId = id.slice(4);
  if (!EXTERNAL_ID.test(externalId)) {
    return nsError(c, 400, {
      detail: `Error while accessing resource: ${JSON.stringify(externalId)} is not a valid external ID; use letters, numbers, underscore (_) and hyphen (-) only.`,
      'o:errorCode': 'INVALID_CONTENT',
    });
  }
  const existing = state.store.customRecords.findByExternalId(type, externalId);
  return write(c, state, type, existing, { externalid: externalId });
}

export async function patchCustomRecord(c: Context<SimEnv>, state: SimulatorState, type: string): Promise<Response> {
  const row = findRow(state, type, pathId(c));
  return row ? write(c, state, type, row) : missing(c);
}

export function deleteCustomRecord(c: Context<SimEnv>, state: SimulatorState, type: string): Response {
  const row = findRow(state, type, pathId(c));
  if (!row) return missing(c);
  return refusedAsUserError(c, () => state.store.customRecords.delete(type, row.id)) ?? c.body(null, 204);
}
