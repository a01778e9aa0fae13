import { z } from 'zod';

export type SuiteQlRow = Record<string, string | number | boolean | null>;

export interface SuiteQlPage {
  items: SuiteQlRow[];
  hasMore: boolean;
  count: number;
  offset: number;
  totalResults: number | undefined;
}

/** The SuiteQL collection envelope (docs/reference/netsuite-api.md "SuiteQL response"). */
export const suiteQlSchema = z.looseObject({
  items: z.array(z.record(z.string(), z.unknown())),
  hasMore: z.boolean(),
  count: z.number().int(),
  offset: z.number().int(),
  totalResults: z.number().int().optional(),
});

export function toSuiteQlPage(parsed: z.infer<typeof suiteQlSchema>): SuiteQlPage {
  return {
    items: parsed.items.map(withoutLinks),
    hasMore: parsed.hasMore,
    count: parsed.count,
    offset: parsed.offset,
    totalResults: parsed.totalResults,
  };
}

/** Items carry `"links": []`; a missing key means NULL (docs/reference/netsuite-api.md "SuiteQL response"), so callers read `?? null`. */
function withoutLinks(item: Record<string, unknown>): SuiteQlRow {
  const row: SuiteQlRow = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'links') continue;
    row[key] = value === undefined || typeof value === 'object' ? null : (value as string | number | boolean);
  }
  return row;
}
