import type { Context } from 'hono';
import type { AccountRecord, RecordType } from '../account/types';
import { applyPatch } from '../rest/apply-patch';
import { PATH_TYPES } from '../rest/field-specs';
import { nsError } from '../rest/ns-error';
import { renderRecord } from '../rest/render-record';
import type { SimEnv, SimulatorState } from '../simulator';
import { deleteCustomRecord, getCustomRecord, patchCustomRecord, putCustomRecord } from './custom-record-route';
import { readJsonObject, refusedAsUserError, unknownPropertyMode } from './request-body';

const REST_CONTEXT = { executionContext: 'RESTWEBSERVICES', user: 'REST Integration' };

function missing(c: Context): Response {
  return nsError(c, 404, {
    detail: 'The record instance does not exist. Provide a valid record instance ID.',
    'o:errorCode': 'NONEXISTENT_ID',
  });
}

function findRecord(state: SimulatorState, type: RecordType, id: string): Readonly<AccountRecord> | undefined {
  if (!id.startsWith('eid:')) return /^\d+$/.test(id) ? state.store.peek(type, id) : undefined;
  const externalId = id.slice(4);
  for (const record of state.store.scan(type)) if (record.fields.externalid === externalId) return record;
  return undefined;
}

function unknownType(c: Context<SimEnv>): Response {
  return nsError(c, 404, {
    detail: `Record type '${c.req.param('type') ?? ''}' does not exist.`,
    'o:errorCode': 'NONEXISTENT_ID',
  });
}

/** The custom record type the path names (its script id, any case), if it is one. */
function customType(c: Context<SimEnv>, state: SimulatorState): string | null {
  return state.store.customRecords.resolveType(c.req.param('type') ?? '');
}

function target(
  c: Context<SimEnv>,
  state: SimulatorState,
): { type: RecordType; record: Readonly<AccountRecord> } | Response {
  const type = PATH_TYPES[c.req.param('type')?.toLowerCase() ?? ''];
  if (!type) return unknownType(c);
  const record = findRecord(state, type, decodeURIComponent(c.req.param('id') ?? ''));
  return record ? { type, record } : missing(c);
}

/** GET /services/rest/record/v1/{type}/{id}?expandSubResources=&simpleEnumFormat=&fields= */
export function handleRecordGet(c: Context<SimEnv>, state: SimulatorState): Response {
  const custom = customType(c, state);
  if (custom) return getCustomRecord(c, state, custom);
  const found = target(c, state);
  if (found instanceof Response) return found;
  const fields = c.req.query('fields');
  const body = renderRecord(state.store, found.record, {
    origin: new URL(c.req.url).origin,
    expandSubResources: c.req.query('expandSubResources') === 'true',
    simpleEnumFormat: c.req.query('simpleEnumFormat') === 'true',
    fields: fields ? new Set(fields.split(',').map((name) => name.trim())) : null,
  });
  return c.json(body, 200, { 'Content-Type': 'application/vnd.oracle.resource+json; type=singular' });
}

/** PATCH: 204 with no body; the save counts as a REST web services edit (user events see RESTWEBSERVICES). */
export async function handleRecordPatch(c: Context<SimEnv>, state: SimulatorState): Promise<Response> {
  const custom = customType(c, state);
  if (custom) return patchCustomRecord(c, state, custom);
  const found = target(c, state);
  if (found instanceof Response) return found;
  const body = await readJsonObject(c);
  if (body instanceof Response) return body;
  const replace = new Set((c.req.query('replace') ?? '').split(',').filter(Boolean));
  const outcome = applyPatch(state.store, found.record, body, {
    replace,
    unknownProperty: unknownPropertyMode(c, state),
  });
  if (!outcome.ok)
    return nsError(c, 400, { detail: outcome.detail, 'o:errorCode': 'INVALID_CONTENT', 'o:errorPath': outcome.path });
  const refused = refusedAsUserError(c, () =>
    state.store.update(
      found.type,
      found.record.id,
      { fields: outcome.fields, sublists: outcome.sublists },
      { context: REST_CONTEXT },
    ),
  );
  if (refused) return refused;
  const headers: Record<string, string> = {};
  if (outcome.warnings.length) headers['X-NetSuite-Warning'] = outcome.warnings.join(' ');
  return c.body(null, 204, headers);
}

/** PUT: the upsert by external id. The simulator has it for custom records only (it creates no standard records over REST). */
export async function handleRecordPut(c: Context<SimEnv>, state: SimulatorState): Promise<Response> {
  const custom = customType(c, state);
  if (custom) return putCustomRecord(c, state, custom);
  if (!PATH_TYPES[c.req.param('type')?.toLowerCase() ?? '']) return unknownType(c);
  return nsError(c, 405, {
    detail: 'The NetSuite simulator supports the upsert operation (PUT) for custom records only.',
    'o:errorCode': 'METHOD_NOT_ALLOWED',
  });
}

export function handleRecordDelete(c: Context<SimEnv>, state: SimulatorState): Response {
  const custom = customType(c, state);
  if (custom) return deleteCustomRecord(c, state, custom);
  const found = target(c, state);
  if (found instanceof Response) return found;
  const refused = refusedAsUserError(c, () =>
    state.store.delete(found.type, found.record.id, { context: REST_CONTEXT }),
  );
  return refused ?? c.body(null, 204);
}
