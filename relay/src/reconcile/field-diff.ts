import { getBill, getVendor, type ProcurifyClient } from '../procurify';
import { HttpError } from '../transport';
import type { CapturedRequest } from './recording-client';

// What a predicted write would change, field by field, against what Procurify holds now.

export interface FieldChange {
  field: string;
  current: unknown;
  proposed: unknown;
}

export interface ResourceDiff {
  method: string;
  path: string;
  /** `create`: Procurify has nothing yet; `update`: fields that would change; `unknown`: Procurify's current state cannot be read. */
  kind: 'create' | 'update' | 'unknown';
  changes: FieldChange[];
  unchanged: number;
}

export async function diffAgainstProcurify(
  client: ProcurifyClient,
  requests: readonly CapturedRequest[],
): Promise<ResourceDiff[]> {
  const diffs: ResourceDiff[] = [];
  for (const request of requests) {
    const body = isRecord(request.body) ? request.body : {};
    const current =
      request.method === 'POST' || request.path.includes('{new') ? null : await currentOf(client, request.path);
    const fields = Object.entries(body);
    if (current === null) {
      diffs.push({
        method: request.method,
        path: request.path,
        kind: 'create',
        changes: fields.map(([field, proposed]) => ({ field, current: null, proposed })),
        unchanged: 0,
      });
      continue;
    }
    if (current === undefined) {
      diffs.push({
        method: request.method,
        path: request.path,
        kind: 'unknown',
        changes: fields.map(([field, proposed]) => ({ field, current: undefined, proposed })),
        unchanged: 0,
      });
      continue;
    }
    const changes = fields
      .filter(([field, proposed]) => !same(current[field], proposed))
      .map(([field, proposed]) => ({ field, current: current[field] ?? null, proposed }));
    diffs.push({
      method: request.method,
      path: request.path,
      kind: 'update',
      changes,
      unchanged: fields.length - changes.length,
    });
  }
  return diffs;
}

/** The resource a write path names, as Procurify reads it now; undefined when there is no read for it. */
async function currentOf(client: ProcurifyClient, path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const vendor = /^\/api\/v3\/vendors\/(\d+)\/$/.exec(path);
    if (vendor) return (await getVendor(client, Number(vendor[1]))) as Record<string, unknown>;
    const bill = /^\/api\/v3\/ap\/bills\/([0-9a-f-]{32,36})\/$/i.exec(path);
    if (bill) return (await getBill(client, bill[1]!)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined;
    throw error;
  }
  return undefined;
}

/** Reads nest what writes name by id, and carry date-times where writes send days. */
function same(current: unknown, proposed: unknown): boolean {
  if (isRecord(current) && typeof proposed === 'number') return current.id === proposed;
  if (isRecord(current) && isRecord(proposed) && 'name' in proposed) {
    return (
      String(current.name ?? '')
        .trim()
        .toLowerCase() ===
      String(proposed.name ?? '')
        .trim()
        .toLowerCase()
    );
  }
  if (typeof current === 'string' && typeof proposed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(proposed)) {
    return current.slice(0, 10) === proposed;
  }
  if ((current === undefined || current === null || current === '') && (proposed === null || proposed === ''))
    return true;
  if (Array.isArray(current) && Array.isArray(proposed))
    return JSON.stringify([...current].sort()) === JSON.stringify([...proposed].sort());
  return JSON.stringify(current) === JSON.stringify(proposed);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
