import type { RemoteSystem } from './errors';

/** One HTTP attempt, for the audit trail and metrics: never headers, bodies or tokens. */
export interface RequestRecord {
  system: RemoteSystem;
  method: string;
  /** Path and query string. */
  path: string;
  status: number | undefined;
  durationMs: number;
  /** 1 for the first try, 2 for the retry after a token refresh. */
  attempt: number;
  /** The error's name and message when no answer came. */
  error?: string;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
