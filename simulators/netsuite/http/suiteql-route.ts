import type { Context } from 'hono';
import { nsError, type ErrorDetail } from '../rest/ns-error';
import type { SimEnv, SimulatorState } from '../simulator';
import { SuiteQlError } from '../suiteql/errors';
import { runSuiteQl } from '../suiteql/execute';
import { createTables } from '../suiteql/tables';

const PATH = '/services/rest/query/v1/suiteql';
const MAX_LIMIT = 1000;

function invalid(c: Context, detail: string, extra: Partial<ErrorDetail> = {}): Response {
  return nsError(c, 400, { detail, 'o:errorCode': 'INVALID_PARAMETER', ...extra });
}

function integerParam(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) ? Number(value) : null;
}

function pageLinks(origin: string, limit: number, offset: number, total: number, reachable: number) {
  const href = (at: number) => `${origin}${PATH}?limit=${limit}&offset=${at}`;
  const links: { rel: string; href: string }[] = [];
  const lastReachable = Math.max(0, Math.floor((reachable - limit) / limit) * limit);
  const last = Math.min(Math.max(0, Math.floor((total - 1) / limit) * limit), lastReachable);
  if (offset > 0) {
    links.push({ rel: 'previous', href: href(Math.max(0, offset - limit)) });
    links.push({ rel: 'first', href: href(0) });
  }
  // Pages past the 100,000-row cap cannot be fetched, so no link points at them.
  if (offset + limit < total && offset + limit <= lastReachable)
    links.push({ rel: 'next', href: href(offset + limit) });
  if (total > limit) links.push({ rel: 'last', href: href(last) });
  links.push({ rel: 'self', href: href(offset) });
  return links;
}

/** POST /services/rest/query/v1/suiteql?limit=&offset= with `{"q": "..."}` and `Prefer: transient`. */
export async function handleSuiteQl(c: Context<SimEnv>, state: SimulatorState): Promise<Response> {
  const { settings } = state;
  if (settings.requirePreferTransient && !/\btransient\b/i.test(c.req.header('prefer') ?? '')) {
    return invalid(c, 'The request must carry the header Prefer: transient.', { 'o:errorHeader': 'Prefer' });
  }
  const limit = integerParam(c.req.query('limit'), MAX_LIMIT);
  if (limit === null || limit < 1 || limit > MAX_LIMIT) {
    return invalid(c, `Invalid limit: the value must be between 1 and ${MAX_LIMIT}.`, { 'o:errorQueryParam': 'limit' });
  }
  const offset = integerParam(c.req.query('offset'), 0);
  if (offset === null)
    return invalid(c, 'Invalid offset: the value must be a whole number.', { 'o:errorQueryParam': 'offset' });
  if (settings.requireOffsetMultipleOfLimit && offset % limit !== 0) {
    return invalid(c, 'Invalid offset: the value must be a multiple of the limit.', { 'o:errorQueryParam': 'offset' });
  }
  if (offset + limit > settings.maxResults) {
    return invalid(c, `Invalid offset: at most ${settings.maxResults} results can be reached with offset paging.`, {
      'o:errorQueryParam': 'offset',
    });
  }
  let query: unknown;
  try {
    query = ((await c.req.json()) as { q?: unknown }).q;
  } catch {
    return invalid(c, 'The request body must be JSON of the form {"q": "<SuiteQL>"}.');
  }
  if (typeof query !== 'string' || query.trim() === '')
    return invalid(c, 'The request body must carry the query text in "q".');
  c.get('logEntry').query = query;

  const querySettings = { timeZone: settings.timeZone, dateFormat: settings.dateFormat };
  const tables = createTables({
    store: state.store,
    timeZone: settings.timeZone,
    deletedTypeStyle: settings.deletedTypeStyle,
  });
  let result: ReturnType<typeof runSuiteQl>;
  let items: Record<string, string>[];
  try {
    result = runSuiteQl(query, tables, querySettings);
    items = result.page(offset, limit);
  } catch (error) {
    if (!(error instanceof SuiteQlError)) throw error;
    return invalid(
      c,
      `Invalid search query. Detailed unprocessed description follows. Search error occurred: ${error.message}`,
    );
  }
  const origin = new URL(c.req.url).origin;
  return c.json(
    {
      links: pageLinks(origin, limit, offset, result.total, settings.maxResults),
      count: items.length,
      hasMore: offset + items.length < result.total,
      items: items.map((item) => ({ links: [], ...item })),
      offset,
      totalResults: result.total,
    },
    200,
    { 'Content-Type': 'application/vnd.oracle.resource+json; type=collection' },
  );
}
