import type { z } from 'zod';
import { PermanentError } from '../transport/errors';

/**
 * Checks a body against the published request schema before it is sent: a body Procurify would
 * reject is a permanent problem (`procurify_rejected` would follow anyway), named field by field.
 */
export function validateRequestBody<T>(schema: z.ZodType<T>, schemaName: string, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw new PermanentError('invalid_request_body', `Not a valid ${schemaName}: ${problems.join('; ')}`, {
    details: { schema: schemaName, problems },
  });
}
