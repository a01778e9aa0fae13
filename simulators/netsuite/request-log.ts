import type { RouteKind } from './faults';

export interface RequestLogEntry {
  /** Simulator time when the request arrived (ms). */
  at: number;
  method: string;
  path: string;
  /** The query string, without the `?`. */
  search: string;
  kind: RouteKind;
  /** SuiteQL text for query requests. */
  query?: string;
  status: number;
  durationMs: number;
}

/** Every request the REST side answered, for assertions. Authorization headers are never kept. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
  }

  all(): readonly RequestLogEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
