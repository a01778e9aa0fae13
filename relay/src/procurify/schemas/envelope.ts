import { z } from 'zod';

// Envelopes of docs/reference/procurify-api.md "Envelopes and pagination". Read schemas are loose (unknown keys pass) so that fields Procurify
// adds do not break us; the fields we rely on are checked with the spec's types.

export const paginationSchema = z.looseObject({
  count: z.number().int(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  page_size: z.number().int(),
  num_pages: z.number().int(),
  current_page: z.number().int(),
});

/** `{metadata: {pagination}, data: [...]}`, the envelope of every list we read. */
export function paginatedSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    metadata: z.looseObject({ pagination: paginationSchema }),
    data: z.array(item),
  });
}

/** `{metadata, data}`, the envelope of single-object answers. */
export function singleSchema<T extends z.ZodType>(data: T) {
  return z.looseObject({ metadata: z.unknown().optional(), data });
}
