import type { z } from 'zod';
import { ResponseShapeError, type RequestTarget } from './errors';

/** Validates a 2xx body against the schema the published spec promises, naming every mismatched field. */
export function parseResponse<T>(schema: z.ZodType<T>, schemaName: string, body: unknown, target: RequestTarget): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw new ResponseShapeError(target, schemaName, problems);
}
