import type { NetSuiteClient } from './client';
import type { SuiteQlRow } from './suiteql-page';

const PAGE = 1000;

/** Every row of a small query (reference tables), page by page. Large reads use keyset paging instead. */
export async function suiteqlAll(client: NetSuiteClient, query: string): Promise<SuiteQlRow[]> {
  const rows: SuiteQlRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.suiteql(query, { limit: PAGE, offset });
    rows.push(...page.items);
    if (!page.hasMore) return rows;
  }
}
