import type { z } from 'zod';
import { ApiError } from '../errors';
import { fieldPath } from '../schemas/parse-events';

/** Validates query parameters with a zod schema; the first bad one is named in a 400. */
export function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = fieldPath(issue.path);
  throw new ApiError('validation_failed', `${field}: ${issue.message}`, { field });
}
