import type { z } from 'zod';
import type { ProcurifyClient, Query } from './client';
import { paginatedSchema } from './schemas/envelope';

export const DEFAULT_PAGE_SIZE = 100;

/**
 * Every item of a paginated list, page by page, following `metadata.pagination.next` (an absolute
 * URL; we keep its path and query and send them to our own base URL, as procure-cli does).
 */
export async function* paginate<T>(
  client: ProcurifyClient,
  path: string,
  query: Query,
  item: z.ZodType<T>,
  itemName: string,
): AsyncGenerator<T> {
  const schema = paginatedSchema(item);
  let next: string | null = path;
  let nextQuery: Query = { page_size: DEFAULT_PAGE_SIZE, ...query };
  let pages = 0;
  while (next !== null) {
    const page: z.infer<typeof schema> = await client.request({
      method: 'GET',
      path: next,
      query: nextQuery,
      schema,
      schemaName: `paginated ${itemName} list`,
    });
    yield* page.data as T[];
    next = page.metadata.pagination.next === null ? null : pathOf(page.metadata.pagination.next);
    nextQuery = {};
    pages += 1;
    if (pages > 10_000) throw new Error(`Procurify ${path} did not stop paging after 10,000 pages`);
  }
}

/** All items of a list in memory (reference data is small). */
export async function listAll<T>(
  client: ProcurifyClient,
  path: string,
  query: Query,
  item: z.ZodType<T>,
  itemName: string,
): Promise<T[]> {
  const items: T[] = [];
  for await (const entry of paginate(client, path, query, item, itemName)) items.push(entry);
  return items;
}

function pathOf(next: string): string {
  const url = new URL(next, 'http://placeholder.invalid');
  return url.pathname + url.search;
}
