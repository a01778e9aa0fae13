import { requestUrl, type SimContext, type SimHonoContext } from './context';
import { ProcurifyError } from './errors';
import { listEnvelope, paginate } from './pagination';

/** The request's JSON body as an object (validation has already rejected other shapes for documented operations). */
export function bodyOf(c: SimHonoContext): Record<string, unknown> {
  const body = c.get('body');
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ProcurifyError(400, { non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
  }
  return body as Record<string, unknown>;
}

export function listResponse<T, R>(c: SimHonoContext, sim: SimContext, all: T[], serialize: (item: T) => R) {
  const page = paginate(all, requestUrl(c, sim.settings), sim.settings);
  return { ...listEnvelope(page), data: page.items.map(serialize) };
}

export function queryInt(c: SimHonoContext, name: string): number | undefined {
  const value = c.req.query(name);
  return value === undefined || value === '' ? undefined : Number(value);
}

export function queryInts(c: SimHonoContext, name: string): number[] | undefined {
  const values = (c.req.queries(name) ?? []).flatMap((value) => value.split(',')).filter((value) => value !== '');
  return values.length ? values.map(Number) : undefined;
}

export function queryBool(c: SimHonoContext, name: string): boolean | undefined {
  const value = c.req.query(name);
  if (value === undefined || value === '') return undefined;
  return ['true', 'True', '1'].includes(value);
}

export function pathId(c: SimHonoContext, name = 'id'): number {
  const raw = c.req.param(name) ?? '';
  if (!/^\d+$/.test(raw)) throw new ProcurifyError(404, { detail: 'Not found.' });
  return Number(raw);
}

export function searchMatches(term: string | undefined, ...fields: (string | null | undefined)[]): boolean {
  if (!term) return true;
  const needle = term.toLowerCase();
  return fields.some((field) => field != null && field.toLowerCase().includes(needle));
}

/** `order_by=field` or `-field`; unknown fields keep the default order (by id). */
export function orderBy<T>(
  c: SimHonoContext,
  items: T[],
  fields: Record<string, (item: T) => string | number | null>,
): T[] {
  const raw = c.req.query('order_by') ?? '';
  const descending = raw.startsWith('-');
  const key = fields[raw.replace(/^-/, '')];
  if (!key) return items;
  const sorted = [...items].sort((a, b) => compare(key(a), key(b)));
  return descending ? sorted.reverse() : sorted;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
