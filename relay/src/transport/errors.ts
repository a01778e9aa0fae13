// The error types an executor reads to decide what happens next (in the spirit of inngest's
// NonRetriableError / RetryAfterError). classifyFailure turns them into a decision.

export type RemoteSystem = 'procurify' | 'netsuite';

/** Where a failed call went, without headers, bodies or tokens: safe to log and audit. */
export interface RequestTarget {
  system: RemoteSystem;
  method: string;
  path: string;
}

/** The remote answered with a status we did not expect. `body` is the parsed JSON or the raw text. */
export class HttpError extends Error {
  readonly status: number;
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;
  readonly target: RequestTarget;

  constructor(target: RequestTarget, status: number, body: unknown, retryAfterMs?: number) {
    super(`${target.system} ${target.method} ${target.path} answered ${status}${describeBody(body)}`);
    this.name = 'HttpError';
    this.status = status;
    this.body = body;
    this.retryAfterMs = retryAfterMs;
    this.target = target;
  }
}

/**
 * No answer within the time limit. `sent` tells whether the request left us: if it did, a write
 * may have been applied and its outcome is unknown.
 */
export class TimeoutError extends Error {
  constructor(
    readonly target: RequestTarget,
    readonly timeoutMs: number,
    readonly sent: boolean,
  ) {
    super(`${target.system} ${target.method} ${target.path} gave no answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/** The connection failed (refused, reset, DNS). `sent` as for TimeoutError. */
export class ConnectionError extends Error {
  constructor(
    readonly target: RequestTarget,
    readonly sent: boolean,
    options?: { cause?: unknown },
  ) {
    super(`${target.system} ${target.method} ${target.path} failed to connect: ${causeText(options?.cause)}`, options);
    this.name = 'ConnectionError';
  }
}

/** A failure that retrying cannot fix; `code` is a snake_case issue code (e.g. `bill_write_unsupported`). */
export class PermanentError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    this.name = 'PermanentError';
    this.details = options?.details;
  }

  readonly details: Record<string, unknown> | undefined;
}

/** The remote answered 2xx but the body is not the shape the published spec promises. */
export class ResponseShapeError extends Error {
  constructor(
    readonly target: RequestTarget,
    readonly schemaName: string,
    readonly problems: readonly string[],
  ) {
    super(
      `${target.system} ${target.method} ${target.path}: response is not a valid ${schemaName}: ${problems.join('; ')}`,
    );
    this.name = 'ResponseShapeError';
  }
}

function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return '';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}

function causeText(cause: unknown): string {
  if (cause instanceof Error) return (cause as Error & { code?: string }).code ?? cause.message;
  return String(cause);
}
