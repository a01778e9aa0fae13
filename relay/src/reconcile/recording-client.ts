import { buildUrl, type ProcurifyClient, type ProcurifyRequest, type Query } from '../procurify';

// A Procurify client for dry runs: reads go to the real Procurify, writes are captured instead of
// sent and answered with made-up ids, so the real job code runs unchanged (one code path). A read
// of something the dry run "wrote" cannot be answered truthfully: it stops the dry run.

export interface CapturedRequest {
  method: string;
  /** The path with its query string, with made-up ids shown as `{new …}`. */
  path: string;
  body: unknown;
}

/** The job read back something only a real write would have produced: the captured writes are complete. */
export class DryRunStop extends Error {
  constructor(readonly path: string) {
    super(`The dry run stops before reading back ${path}: only a real write can answer that read.`);
    this.name = 'DryRunStop';
  }
}

export interface RecordingClient extends ProcurifyClient {
  /** The writes so far, in order, with made-up ids replaced by their labels. */
  captured(): CapturedRequest[];
}

/** Made-up ids start here: far above any real id, so a label can never replace a real value. */
const FIRST_FAKE_ID = 990_000_001;

/**
 * The made-up ids and their labels. A backfill dry run shares one across its records, so a vendor it
 * would create keeps its label (`{new vendor 3}`) in the bills that name it.
 */
export interface IdBook {
  labels: Map<string | number, string>;
  /** Ids and uuids only a real write would have made: a read of one stops the dry run. */
  touched: Set<string>;
  counts: Map<string, number>;
  nextId: number;
}

export function createIdBook(): IdBook {
  return { labels: new Map(), touched: new Set(), counts: new Map(), nextId: FIRST_FAKE_ID };
}

export function createRecordingClient(real: ProcurifyClient, book: IdBook = createIdBook()): RecordingClient {
  const writes: { method: string; path: string; body: unknown }[] = [];
  const { labels, touched, counts } = book;

  function fakeId(what: string): number {
    const id = book.nextId++;
    const count = (counts.get(what) ?? 0) + 1;
    counts.set(what, count);
    labels.set(id, `{new ${what} ${count}}`);
    touched.add(String(id));
    return id;
  }

  function fakeUuid(id: number): string {
    const uuid = `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;
    labels.set(uuid, labels.get(id)!.replace('}', ' uuid}'));
    touched.add(uuid);
    return uuid;
  }

  /** A plausible answer, shaped by the endpoint, that the request's own schema accepts. */
  function answer(request: ProcurifyRequest<unknown>): unknown {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { method, path } = request;
    if (method === 'POST' && path === '/api/v3/ap/items/') {
      const id = fakeId('AP item');
      return {
        data: {
          id,
          cost_allocations: [{ id: fakeId('cost allocation'), object_id: id, created_on: labelText('created_on', id) }],
        },
      };
    }
    if (method === 'POST' && path === '/api/v2/ap/bills/') {
      const id = fakeId('bill');
      return { data: { ...body, id, uuid: fakeUuid(id), approval_chain: null, approver: null } };
    }
    const pathId = /\/(\d+)\/$/.exec(path)?.[1];
    const id = method === 'POST' && !pathId ? fakeId(resourceName(path)) : Number(pathId ?? 0);
    return {
      data: { name: '', type: 4, email: [], overall_score: null, ...body, payment_term_ref: null, id },
    };
  }

  function labelText(field: string, id: number): string {
    const text = `{${field} of ${labels.get(id)!.slice(1, -1)}}`;
    labels.set(text, text);
    return text;
  }

  return {
    async request<T>(request: ProcurifyRequest<T>): Promise<T> {
      const path = withQuery(request.path, request.query);
      if (request.method === 'GET') {
        if (segments(path).some((segment) => touched.has(segment))) throw new DryRunStop(path);
        return real.request(request);
      }
      writes.push({ method: request.method, path, body: request.body });
      for (const segment of segments(path)) if (/^[0-9a-f-]{6,}$/i.test(segment)) touched.add(segment);
      // A bill named in a body (mark-as-paid) reads back changed, too.
      for (const uuid of billUuidsIn(request.body)) touched.add(uuid);
      const parsed = request.schema.safeParse(answer(request as ProcurifyRequest<unknown>));
      if (!parsed.success) throw new DryRunStop(path);
      return parsed.data;
    },
    pace: () => real.pace(),
    close: () => real.close(),
    captured: () =>
      writes.map((write) => ({
        method: write.method,
        path: segments(write.path)
          .map((segment) => labels.get(segment) ?? labels.get(Number(segment)) ?? segment)
          .join('/'),
        body: relabel(write.body, labels),
      })),
  };
}

function billUuidsIn(body: unknown): string[] {
  const uuids = (body as { bill_uuids?: unknown } | null | undefined)?.bill_uuids;
  return Array.isArray(uuids) ? uuids.filter((uuid): uuid is string => typeof uuid === 'string') : [];
}

function resourceName(path: string): string {
  return path.split('/').filter(Boolean).at(-1)?.replace(/s$/, '') ?? 'record';
}

function segments(path: string): string[] {
  return path.split('/');
}

/** The path as the real client sends it (the same encoding), so predictions compare with the real log. */
function withQuery(path: string, query: Query | undefined): string {
  const url = buildUrl('http://dry-run.invalid', path, query);
  return url.pathname + url.search;
}

function relabel(value: unknown, labels: ReadonlyMap<string | number, string>): unknown {
  if (typeof value === 'number' || typeof value === 'string') return labels.get(value) ?? value;
  if (Array.isArray(value)) return value.map((entry) => relabel(entry, labels));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, relabel(entry, labels)]));
  }
  return value;
}
