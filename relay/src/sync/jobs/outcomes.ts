import { createHash } from 'node:crypto';
import type { Outcome } from '../../store/work-queue';
import type { MappingIssue } from '../mapping';

// Small constructors for job outcomes, so every job words its results the same way.

/** Issues that only a change in NetSuite can fix are failures; the rest wait for a mapping. */
const FAILURE_CODES = new Set(['name_too_long']);

export function fromIssues(issues: readonly MappingIssue[], what: string, detail?: unknown): Outcome {
  const failed = issues.some((issue) => FAILURE_CODES.has(issue.code));
  const first = issues[0]?.message ?? 'unknown problem';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  return {
    status: failed ? 'failed' : 'needs_mapping',
    message: `${what} not written to Procurify: ${first}${more}`,
    issues: issues.map((issue) => ({ ...issue })),
    detail,
  };
}

export function hashBody(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** A message fits NetSuite's 300-character field. */
export function clip(message: string, limit = 300): string {
  return message.length <= limit ? message : `${message.slice(0, limit - 1)}…`;
}
